package dev.tandem.shared;

/** The caller is signed in but may not do this; the API answers 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
