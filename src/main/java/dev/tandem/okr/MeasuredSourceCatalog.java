package dev.tandem.okr;

import java.util.List;

/**
 * The measured sources a key result can take its value from, offered in the key result
 * forms; declared here and implemented downstream (the adoption module lists its feature
 * metrics), so okr never depends on those modules. Without an implementation only manual
 * key results are offered.
 */
public interface MeasuredSourceCatalog {

	/** The sources to offer, in display order. */
	List<Choice> choices();

	/** A source to pick: its {@link KeyResultSource#id()} and a label for people. */
	record Choice(String id, String label) {
	}

}
