package dev.tandem.org.web;

/** Starting a hat: kind, first day, optional end day (ISO dates from date inputs). */
record HatForm(String kind, String startsOn, String endsOn) {

	static HatForm startingOn(java.time.LocalDate today) {
		return new HatForm("", today.toString(), "");
	}
}
