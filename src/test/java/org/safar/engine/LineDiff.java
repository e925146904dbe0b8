package org.safar.engine;

import java.util.ArrayList;
import java.util.List;

/** The lines that differ between two texts, as "- line" (only in the first) and "+ line" (only in the second). */
final class LineDiff {

    private LineDiff() {
    }

    static String of(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add("- " + (i + 1) + ": " + a[i++]);
            } else {
                lines.add("+ " + (j + 1) + ": " + b[j++]);
            }
        }
        return lines.isEmpty() ? "(no difference)" : String.join("\n", lines);
    }
}
