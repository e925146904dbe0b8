package org.safar.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/** Bars of instances per second, Safar beside the raw engine, for each database and thread count. */
final class ThroughputChart {

    private static final Color SAFAR = new Color(0x1f, 0x6f, 0xb4);
    private static final Color RAW = new Color(0xb0, 0xb0, 0xb0);
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 560;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 80;
    private static final int BOTTOM = 90;

    private ThroughputChart() {
    }

    static void write(List<LifecycleRun.Result> results, String subtitle, Path file) {
        System.setProperty("java.awt.headless", "true");
        Map<String, Map<String, LifecycleRun.Result>> groups = new LinkedHashMap<>();
        results.forEach(r -> groups.computeIfAbsent(r.database() + ", " + r.threads()
                + (r.threads() == 1 ? " thread" : " threads"), g -> new LinkedHashMap<>()).put(r.system(), r));
        double max = results.stream().mapToDouble(LifecycleRun.Result::instancesPerSecond).max().orElse(1);
        double top = niceCeiling(max);

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString("Safar lifecycle throughput: delegations per second (higher is better)", LEFT, 32);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(subtitle, LEFT, 54);

        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - RIGHT;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int tick = 0; tick <= 5; tick++) {
            double value = top * tick / 5;
            int y = TOP + plotHeight - (int) (plotHeight * value / top);
            g.setColor(new Color(0xe6, 0xe6, 0xe6));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            String label = String.format(Locale.ROOT, top < 1 ? "%.2f" : "%.1f", value);
            g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight);
        g.drawLine(LEFT, TOP, LEFT, TOP + plotHeight);

        int slot = plotWidth / Math.max(1, groups.size());
        int bar = Math.min(80, slot / 3);
        int x0 = LEFT;
        for (Map.Entry<String, Map<String, LifecycleRun.Result>> group : groups.entrySet()) {
            int x = x0 + (slot - 2 * bar - 10) / 2;
            for (String system : List.of("Safar", "raw")) {
                LifecycleRun.Result result = group.getValue().get(system);
                if (result != null) {
                    int h = (int) (plotHeight * result.instancesPerSecond() / top);
                    g.setColor("Safar".equals(system) ? SAFAR : RAW);
                    g.fillRect(x, TOP + plotHeight - h, bar, h);
                    g.setColor(Color.BLACK);
                    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
                    String value = String.format(Locale.ROOT, "%.2f", result.instancesPerSecond());
                    FontMetrics metrics = g.getFontMetrics();
                    g.drawString(value, x + (bar - metrics.stringWidth(value)) / 2, TOP + plotHeight - h - 6);
                }
                x += bar + 10;
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(group.getKey(), x0 + (slot - metrics.stringWidth(group.getKey())) / 2, TOP + plotHeight + 24);
            Map<String, LifecycleRun.Result> pair = group.getValue();
            if (pair.containsKey("Safar") && pair.containsKey("raw")) {
                String ratio = String.format(Locale.ROOT, "Safar/raw: %.2f× the time",
                        pair.get("Safar").millisPerInstance() / pair.get("raw").millisPerInstance());
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                g.drawString(ratio, x0 + (slot - g.getFontMetrics().stringWidth(ratio)) / 2, TOP + plotHeight + 44);
            }
            x0 += slot;
        }
        int legendY = HEIGHT - 22;
        g.setColor(SAFAR);
        g.fillRect(LEFT, legendY - 12, 14, 14);
        g.setColor(RAW);
        g.fillRect(LEFT + 260, legendY - 12, 14, 14);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString("Safar (its services, listeners, forms)", LEFT + 20, legendY);
        g.drawString("raw Camunda engine, same shape, no Safar code", LEFT + 280, legendY);
        g.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1, 2 or 5 times a power of ten, at least the value. */
    private static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
