package dev.tandem.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How much of what a team finished was debt: by count of items and, for estimated items,
 * by points. Percents are null when there is nothing to divide ("no data").
 */
public record DebtShare(int items, int debtItems, int points, int debtPoints) {

	/** An item that reached DONE, as the share sees it. */
	public record FinishedItem(boolean debt, Integer points, Instant finishedAt) {
	}

	public static DebtShare of(Collection<FinishedItem> finished) {
		int items = 0;
		int debtItems = 0;
		int points = 0;
		int debtPoints = 0;
		for (var item : finished) {
			items++;
			int p = item.points() == null ? 0 : item.points();
			points += p;
			if (item.debt()) {
				debtItems++;
				debtPoints += p;
			}
		}
		return new DebtShare(items, debtItems, points, debtPoints);
	}

	/**
	 * Share of finished items that were debt, whole percent; null when nothing finished.
	 */
	@JsonProperty
	public Integer itemPercent() {
		return items == 0 ? null : (int) Math.round(100.0 * debtItems / items);
	}

	/**
	 * Share of finished points that were debt, whole percent; null when nothing was
	 * estimated.
	 */
	@JsonProperty
	public Integer pointPercent() {
		return points == 0 ? null : (int) Math.round(100.0 * debtPoints / points);
	}

	/**
	 * Over budget when the share (by points when estimated, else by items) exceeds it.
	 */
	public boolean overBudget(int budgetPercent) {
		var share = pointPercent() != null ? pointPercent() : itemPercent();
		return share != null && share > budgetPercent;
	}

	/** The sum of known hours; unknown (null) ones count as nothing. */
	public static BigDecimal sum(Collection<BigDecimal> hours) {
		return hours.stream().filter(h -> h != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
