package org.safar.web;

import java.io.IOException;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * What Tomcat refuses itself, before any filter of Safar's runs (a {@code %00} or an encoded slash in
 * the path), is answered under {@code /api} as a problem too, not with Tomcat's HTML page; elsewhere,
 * in Tasklist, as before. Spring Boot's error report valve is replaced by one that knows the API.
 */
@Configuration(proxyBeanMethods = false)
class ContainerRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            Pipeline valves = host.getPipeline();
            for (Valve valve : valves.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    valves.removeValve(valve);
                }
            }
            ApiErrorReport report = new ApiErrorReport();
            report.setShowReport(false);
            report.setShowServerInfo(false);
            valves.addValve(report);
            // So that the host, starting, finds its error report valve and adds no other.
            host.setErrorReportValveClass(ApiErrorReport.class.getName());
        });
    }

    /** After Spring Boot's customizer, which adds the valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report, as a problem for a path under {@code /api}. */
    public static class ApiErrorReport extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String path = request.getRequestURI();
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            if (path == null || !path.startsWith("/api/") || status == null) {
                super.report(request, response, throwable);
                return;
            }
            // As Tomcat's own report: nothing for a success, nor once something was written or reported.
            if (!status.isError() || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            boolean unreadable = status.is4xxClientError();
            try {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                response.setHeader("X-Content-Type-Options", "nosniff");
                ProblemResponse.write(response, status,
                        unreadable ? ApiMessages.text("title.unreadableRequest") : status.getReasonPhrase(),
                        unreadable ? ApiMessages.text("unreadableRequest") : status.getReasonPhrase());
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                container.getLogger().warn("Could not answer " + path + " with a problem", e);
            }
        }
    }
}
