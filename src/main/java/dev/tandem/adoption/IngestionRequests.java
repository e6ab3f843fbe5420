package dev.tandem.adoption;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The wire side of ingestion that the web layer's write-key filter needs before any
 * controller runs: which paths take a write key, how a body is read (gzip, the 500 KB
 * limit) and where a write key sent in the body is.
 */
public final class IngestionRequests {

	/**
	 * Segment's HTTP Tracking API ({@code /v1/import} is Segment's alias of batch, which
	 * analytics-java posts to), with and without the trailing slash.
	 */
	public static final List<String> SEGMENT_PATHS = List.of("/v1/track", "/v1/identify", "/v1/page", "/v1/screen",
			"/v1/group", "/v1/alias", "/v1/batch", "/v1/import", "/v1/track/", "/v1/identify/", "/v1/page/",
			"/v1/screen/", "/v1/group/", "/v1/alias/", "/v1/batch/", "/v1/import/");

	/** PostHog's capture endpoints, with and without the trailing slash SDKs send. */
	public static final List<String> POSTHOG_PATHS = List.of("/capture", "/capture/", "/batch", "/batch/", "/e", "/e/",
			"/i/v0/e", "/i/v0/e/");

	/** The request attribute holding the body the filter read. */
	public static final String BODY_ATTRIBUTE = IngestionRequests.class.getName() + ".body";

	private IngestionRequests() {
	}

	public static List<String> paths() {
		var all = new java.util.ArrayList<>(SEGMENT_PATHS);
		all.addAll(POSTHOG_PATHS);
		return all;
	}

	/**
	 * Reads a request body, gunzipping it when sent with {@code Content-Encoding: gzip}.
	 * @throws InvalidPayloadException when it is larger than 500 KB (after
	 * decompression), its encoding is unknown or the gzip stream is broken
	 */
	public static byte[] read(InputStream body, String contentEncoding, long contentLength) {
		var limit = EventPayloads.MAX_REQUEST_BYTES;
		if (contentLength > limit) {
			throw tooLarge();
		}
		var encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(java.util.Locale.ROOT);
		try {
			var in = switch (encoding) {
				case "", "identity" -> body;
				case "gzip", "x-gzip" -> new GZIPInputStream(body, 8192);
				default -> throw new InvalidPayloadException("Content-Encoding " + encoding + " is not supported");
			};
			var bytes = in.readNBytes(limit + 1);
			if (bytes.length > limit) {
				throw tooLarge();
			}
			return bytes;
		}
		catch (ZipException | java.io.EOFException e) {
			throw new InvalidPayloadException("The gzip body is broken");
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static InvalidPayloadException tooLarge() {
		return new InvalidPayloadException("The request is larger than 500 KB");
	}

	/**
	 * A write key sent in the body ({@code writeKey}, {@code api_key}, {@code token}).
	 */
	public static Optional<String> writeKeyIn(byte[] body) {
		return EventPayloads.writeKey(body);
	}

	/** The call a path stands for. */
	public static IngestionCall callOf(String path) {
		var trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		return switch (trimmed) {
			case "/v1/track" -> IngestionCall.TRACK;
			case "/v1/identify" -> IngestionCall.IDENTIFY;
			case "/v1/page" -> IngestionCall.PAGE;
			case "/v1/screen" -> IngestionCall.SCREEN;
			case "/v1/group" -> IngestionCall.GROUP;
			case "/v1/alias" -> IngestionCall.ALIAS;
			case "/v1/batch", "/v1/import" -> IngestionCall.BATCH;
			default -> IngestionCall.POSTHOG;
		};
	}

}
