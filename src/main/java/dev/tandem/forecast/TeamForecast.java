package dev.tandem.forecast;

import dev.tandem.org.TeamRef;

/**
 * When a team's next {@code asked} open items are likely done: started work first, then
 * READY, then the backlog, oldest first within a state; features with children count
 * through their children. {@code counted} is fewer than asked when the team has fewer
 * open items.
 */
public record TeamForecast(TeamRef team, int asked, int counted, Forecast forecast) {
}
