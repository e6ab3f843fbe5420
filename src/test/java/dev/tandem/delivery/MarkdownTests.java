package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Descriptions are Markdown whose raw HTML and unsafe links never become live markup. */
class MarkdownTests {

	@Test
	void rendersMarkdown() {
		assertThat(Markdown.toSafeHtml("Some **bold** [docs](https://example.com)")).contains("<strong>bold</strong>",
				"href=\"https://example.com\"", ">docs</a>");
	}

	@Test
	void escapesScriptsAndEventHandlers() {
		var html = Markdown.toSafeHtml("""
				<script>window.pwned=1</script>

				<img src=x onerror="window.pwned=1">

				Inline <b onmouseover="x()">b</b>""");

		assertThat(html).doesNotContain("<script", "<img", "<b ").contains("&lt;script&gt;", "&lt;img");
	}

	@Test
	void neutralisesJavascriptLinks() {
		var html = Markdown.toSafeHtml("[click](javascript:alert(1)) ![i](javascript:alert(2))");

		assertThat(html).doesNotContain("javascript:");
	}

	@Test
	void anEmptyDescriptionRendersNothing() {
		assertThat(Markdown.toSafeHtml(null)).isEmpty();
		assertThat(Markdown.toSafeHtml("  ")).isEmpty();
	}

}
