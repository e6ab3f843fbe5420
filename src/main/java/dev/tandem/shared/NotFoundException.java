package dev.tandem.shared;

/** A referenced thing does not exist; the API answers 404. */
public class NotFoundException extends RuntimeException {

	private final String kind;

	private final String id;

	public NotFoundException(String kind, Object id) {
		super(kind + " " + id + " does not exist");
		this.kind = kind;
		this.id = String.valueOf(id);
	}

	public String kind() {
		return kind;
	}

	public String id() {
		return id;
	}

}
