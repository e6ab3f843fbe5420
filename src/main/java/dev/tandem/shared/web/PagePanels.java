package dev.tandem.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link PagePanel} of a page, in order, rendered for one subject. A page puts the
 * result in its model as {@code panels} and includes {@code shared/panels :: panels}.
 */
@Component
public class PagePanels {

	private final ObjectProvider<PagePanel> panels;

	PagePanels(ObjectProvider<PagePanel> panels) {
		this.panels = panels;
	}

	public List<PagePanel.Panel> of(PagePanel.Page page, UUID subjectId) {
		return panels.orderedStream()
			.filter(p -> p.page() == page)
			.sorted(Comparator.comparingInt(PagePanel::order))
			.flatMap(p -> p.render(subjectId).stream())
			.toList();
	}

}
