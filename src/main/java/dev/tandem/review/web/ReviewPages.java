package dev.tandem.review.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.review.MonthlyReview;
import dev.tandem.review.MonthlyReviews;
import dev.tandem.review.ReviewMarkdown;

/** The monthly review page, its Markdown export and closing the month. */
@Controller
@RequestMapping("/review")
class ReviewPages {

	private final MonthlyReviews reviews;

	private final ReviewMarkdown markdown;

	private final Clock clock;

	ReviewPages(MonthlyReviews reviews, ReviewMarkdown markdown, Clock clock) {
		this.reviews = reviews;
		this.markdown = markdown;
		this.clock = clock;
	}

	@GetMapping
	String current() {
		return "redirect:/review/" + YearMonth.now(clock);
	}

	@GetMapping("/{month}")
	String review(@PathVariable String month, @RequestParam(required = false) String fresh, Model model) {
		var reviewed = month(month);
		var review = fresh != null ? reviews.recompute(reviewed) : reviews.review(reviewed);
		model.addAttribute("review", review);
		model.addAttribute("previousMonth", reviewed.minusMonths(1));
		model.addAttribute("nextMonth", reviewed.isBefore(YearMonth.now(clock)) ? reviewed.plusMonths(1) : null);
		model.addAttribute("closedMonths", reviews.closedMonths());
		model.addAttribute("trendMonths", join(review, m -> m.month().toString()));
		for (var kind : dev.tandem.review.MonthlyReview.KINDS) {
			model.addAttribute("trend" + kind,
					review.investment()
						.trend()
						.stream()
						.map(m -> String.valueOf(m.kinds()
							.stream()
							.filter(k -> k.kind().equals(kind))
							.findFirst()
							.map(k -> k.items())
							.orElse(0)))
						.collect(Collectors.joining(";")));
		}
		model.addAttribute("trendAligned",
				join(review, m -> m.alignedPercent() == null ? "" : String.valueOf(m.alignedPercent())));
		return "review/review";
	}

	@GetMapping(path = "/{month}/markdown")
	ResponseEntity<byte[]> markdown(@PathVariable String month, Locale locale) {
		var review = reviews.review(month(month));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("tandem-review-" + review.month() + ".md")
						.build()
						.toString())
			.body(markdown.of(review, locale).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/{month}/close")
	String close(@PathVariable String month, Authentication auth) {
		var closed = reviews.close(month, auth.getName());
		return "redirect:/review/" + closed.month() + "?closed";
	}

	private static String join(MonthlyReview review, java.util.function.Function<MonthlyReview.Mix, String> value) {
		return review.investment().trend().stream().map(value).collect(Collectors.joining(";"));
	}

	static YearMonth month(String month) {
		return MonthlyReviews.parseMonth(month);
	}

}
