package dev.tandem.shared;

/**
 * An update was based on a version that someone else has changed since; the API answers
 * 409.
 */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String kind, Object id, long expected) {
		super(kind + " " + id + " was changed by someone else since version " + expected
				+ "; reload and apply your change again");
	}

}
