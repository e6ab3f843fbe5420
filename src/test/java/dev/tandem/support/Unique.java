package dev.tandem.support;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Names and emails that no other test uses, so tests can share a database without
 * cleaning it.
 */
public final class Unique {

	private static final AtomicLong counter = new AtomicLong();

	private static final String run = Long.toString(System.nanoTime(), 36);

	private Unique() {
	}

	public static String suffix() {
		return run + counter.incrementAndGet();
	}

	public static String email(String name) {
		return name + "." + suffix() + "@example.com";
	}

}
