package dev.tandem.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Answers the errors Tomcat raises before any of Tandem's code runs (an encoded slash or
 * NUL in the path, malformed percent-encoding or UTF-8, a URL longer than the header
 * limit): problem details on API and ingestion paths, a short bilingual page elsewhere,
 * never Tomcat's own HTML page with its server details.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		var statusCode = response.getStatus();
		if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		var status = HttpStatus.resolve(statusCode);
		var reason = status == null ? "Error" : status.getReasonPhrase();
		try {
			response.resetBuffer();
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			var path = pathOf(request);
			// A request line too long to read has no path: a script sends those far more
			// often than a browser, and problem details read well in both.
			if (path.isEmpty() || TandemErrorController.isApi(path)) {
				response.setContentType(Problems.MEDIA_TYPE);
				response.getWriter()
					.write(Problems.json(status == null ? HttpStatus.BAD_REQUEST : status,
							"The request is not valid: check its path, its encoding and its size"));
			}
			else {
				response.setContentType("text/html");
				response.getWriter()
					.write("<!doctype html><html><head><title>" + statusCode + "</title></head><body><h1>" + statusCode
							+ " " + reason + "</h1><p lang=\"en\">The address is not valid.</p>"
							+ "<p lang=\"fr\">L’adresse n’est pas valide.</p><p><a href=\"/\">Tandem</a></p></body></html>");
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException e) {
			// The client went away or the response cannot be written: nothing more to
			// tell it.
		}
	}

	/** The raw path as far as Tomcat could read it; empty when it could not. */
	private static String pathOf(Request request) {
		var uri = request.getCoyoteRequest().requestURI().toString();
		return uri == null ? "" : uri;
	}

	/** Puts this valve in place of the one Spring Boot adds to the host. */
	@Component
	static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				var host = (StandardHost) context.getParent();
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				for (var valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProblemErrorReportValve());
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
