package dev.tandem.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain JDK HTTP client for full-app tests: what goes over the wire is exactly what a
 * script would see.
 */
public final class Http {

	private final String base;

	private final HttpClient client;

	public Http(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET().build());
	}

	public HttpResponse<String> send(String method, String path, String body, String... headers) {
		var publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
		return send(request(path, headers).method(method, publisher).build());
	}

	public HttpResponse<String> postForm(String path, String form, String... headers) {
		var builder = request(path, headers).header("Content-Type", "application/x-www-form-urlencoded");
		return send(builder.POST(HttpRequest.BodyPublishers.ofString(form)).build());
	}

	private HttpRequest.Builder request(String path, String... headers) {
		var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
