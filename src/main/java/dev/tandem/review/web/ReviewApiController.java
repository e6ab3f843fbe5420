package dev.tandem.review.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.review.MonthlyReview;
import dev.tandem.review.MonthlyReviews;
import dev.tandem.review.ReviewMarkdown;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The monthly review over HTTP: read a month, export it, close it. */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Monthly review", description = "\"Are we working on the right things?\" — one review per month")
class ReviewApiController {

	private final MonthlyReviews reviews;

	private final ReviewMarkdown markdown;

	ReviewApiController(MonthlyReviews reviews, ReviewMarkdown markdown) {
		this.reviews = reviews;
		this.markdown = markdown;
	}

	@GetMapping
	@Operation(summary = "The months closed so far, newest first")
	List<YearMonth> closedMonths() {
		return reviews.closedMonths();
	}

	@GetMapping("/{month}")
	@Operation(summary = "A month's review (yyyy-mm): its snapshot once closed, else computed; fresh=true recomputes")
	MonthlyReview review(@PathVariable String month, @RequestParam(defaultValue = "false") boolean fresh) {
		var reviewed = ReviewPages.month(month);
		return fresh ? reviews.recompute(reviewed) : reviews.review(reviewed);
	}

	@GetMapping(path = "/{month}/markdown", produces = "text/markdown")
	@Operation(summary = "A month's review as Markdown, in the language asked for (Accept-Language or ?lang=)")
	ResponseEntity<String> markdown(@PathVariable String month, Locale locale) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
			.body(markdown.of(reviews.review(ReviewPages.month(month)), locale));
	}

	@PostMapping("/{month}/close")
	@Operation(summary = "Close the month (administrators): its review is kept as it is now, for good")
	MonthlyReview close(@PathVariable String month, Authentication auth) {
		return reviews.close(month, auth.getName());
	}

}
