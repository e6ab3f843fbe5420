package dev.tandem.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The areas of Tandem in navigation order. An area whose pages have not landed yet is
 * listed without a link, so the shape of the product is visible from the first page
 * without pretending a page exists.
 */
@Component("navigation")
public class Navigation {

	/**
	 * One entry of the main menu; {@code path} is null while the area has no page yet.
	 */
	public record Area(String key, String messageKey, String path) {

		public boolean available() {
			return path != null;
		}
	}

	private static final List<Area> AREAS = List.of(new Area("org", "nav.org", "/org"),
			new Area("okr", "nav.okr", "/okrs"), new Area("roadmap", "nav.roadmap", "/roadmap"),
			new Area("discovery", "nav.discovery", "/discovery"), new Area("delivery", "nav.delivery", "/delivery"),
			new Area("adoption", "nav.adoption", "/adoption/features"), new Area("review", "nav.review", "/review"));

	public List<Area> areas() {
		return AREAS;
	}

	/**
	 * Whether the current request lies inside the area, to highlight it in the menu.
	 * Thymeleaf 3.1 no longer lets templates read the request, so the layout asks here.
	 */
	public boolean isCurrent(Area area) {
		if (!area.available()
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		var path = attributes.getRequest().getRequestURI().substring(attributes.getRequest().getContextPath().length());
		return path.equals(area.path()) || path.startsWith(area.path() + "/");
	}

}
