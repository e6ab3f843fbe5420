package dev.tandem.delivery;

import dev.tandem.shared.InvalidInputException;

/** A team's points for each t-shirt size; sizes must not shrink as they grow. */
public record SizeScale(int xs, int s, int m, int l, int xl) {

	public static final SizeScale DEFAULT = new SizeScale(1, 2, 3, 5, 8);

	public SizeScale {
		if (xs < 0 || s < xs || m < s || l < m || xl < l || xl > Estimate.MAX_POINTS) {
			throw new InvalidInputException("sizes", "must grow from XS to XL, from 0 to at most {0} points",
					Estimate.MAX_POINTS);
		}
	}

	public int points(TShirtSize size) {
		return switch (size) {
			case XS -> xs;
			case S -> s;
			case M -> m;
			case L -> l;
			case XL -> xl;
		};
	}

}
