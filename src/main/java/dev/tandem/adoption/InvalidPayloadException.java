package dev.tandem.adoption;

/**
 * An ingestion request refused as a whole (400): not JSON, too large, not a batch, or a
 * single call whose one event is invalid. Nothing of it is stored.
 */
public class InvalidPayloadException extends RuntimeException {

	public InvalidPayloadException(String message) {
		super(message);
	}

}
