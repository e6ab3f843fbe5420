package dev.tandem.delivery;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders descriptions written in Markdown to HTML that is safe to put in a page: raw
 * HTML in the text is escaped, not passed through, and links are sanitised so a
 * {@code javascript:} URL does nothing.
 */
final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private Markdown() {
	}

	static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return RENDERER.render(PARSER.parse(markdown));
	}

}
