package dev.tandem.shared.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A section one module adds to another module's page without the page's module knowing
 * it: delivery shows a roadmap item's work items on the roadmap item page, forecasts add
 * their dates to a team's page. The page's controller asks {@link PagePanels} for the
 * panels of its page and subject; each panel renders a fragment of its own module's
 * templates with its own model, so dependencies keep pointing downstream.
 */
public interface PagePanel {

	/** The page the panel belongs on. */
	Page page();

	/** Where the panel sits among the others on its page: lower first. */
	int order();

	/**
	 * The panel for one subject (a team id, a roadmap item id), or empty when there is
	 * nothing to show. Called on every page view, so keep it to one query or a cache.
	 */
	Optional<Panel> render(UUID subjectId);

	/** The pages that take panels. */
	enum Page {

		/** {@code /org/teams/{id}}: subject is the team id. */
		TEAM,

		/** {@code /roadmap/items/{id}}: subject is the roadmap item id. */
		ROADMAP_ITEM

	}

	/**
	 * A rendered panel: {@code template} and {@code fragment} name a Thymeleaf fragment
	 * (for example {@code delivery/panels} and {@code roadmap-item}) that reads its
	 * values from the variable {@code panel}, which is {@code model}.
	 */
	record Panel(String template, String fragment, Map<String, Object> model) {

		public Panel {
			model = Map.copyOf(model);
		}

	}

}
