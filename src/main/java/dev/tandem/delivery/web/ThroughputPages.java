package dev.tandem.delivery.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.delivery.DeliveryHistory;
import dev.tandem.org.TeamId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A team's throughput page: items finished per day or per week as bars, and each item's
 * cycle time against its finish date with the 50th, 85th and 95th percentiles. A window
 * or grouping that cannot be read is shown next to its field, over the default window.
 */
@Controller
@RequestMapping("/delivery/teams/{id}/throughput")
class ThroughputPages {

	private final DeliveryHistory history;

	private final MessageSource messages;

	ThroughputPages(DeliveryHistory history, MessageSource messages) {
		this.history = history;
		this.messages = messages;
	}

	/** Per day or per week: how the bars group finished items. */
	enum Grouping {

		DAY, WEEK

	}

	@GetMapping
	String throughput(@PathVariable TeamId id, @RequestParam(required = false) String by,
			@RequestParam(required = false) String weeks, Model model, HttpServletResponse response, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		var grouping = Grouping.DAY;
		if (by != null && !by.isBlank()) {
			try {
				grouping = Grouping.valueOf(by.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				errors.putAll(errors(new InvalidInputException("by", "must be day or week"), locale));
			}
		}
		int window = DeliveryHistory.DEFAULT_WEEKS;
		if (weeks != null && !weeks.isBlank()) {
			try {
				window = Integer.parseInt(weeks.strip());
			}
			catch (NumberFormatException e) {
				window = 0;
			}
		}
		DeliveryHistory.Flow flow;
		try {
			flow = history.flow(id, window);
		}
		catch (InvalidInputException e) {
			errors.putAll(errors(e, locale));
			window = DeliveryHistory.DEFAULT_WEEKS;
			flow = history.flow(id, window);
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("flow", flow);
		model.addAttribute("by", grouping.name().toLowerCase(Locale.ROOT));
		model.addAttribute("weeksText", errors.containsKey("weeks") ? weeks : String.valueOf(window));
		model.addAttribute("window", window);
		model.addAttribute("maxWeeks", DeliveryHistory.MAX_WEEKS);
		model.addAttribute("errors", errors);
		var bars = grouping == Grouping.DAY ? flow.perDay().stream().map(d -> new Bar(d.day(), d.finished())).toList()
				: flow.perWeek().stream().map(w -> new Bar(w.weekStart(), w.finished())).toList();
		model.addAttribute("bars", bars);
		model.addAttribute("barStarts", bars.stream().map(b -> b.start().toString()).collect(Collectors.joining(";")));
		model.addAttribute("barCounts",
				bars.stream().map(b -> String.valueOf(b.finished())).collect(Collectors.joining(";")));
		model.addAttribute("points",
				flow.cycleTimes()
					.stream()
					.map(c -> c.finished().toEpochMilli() + "," + c.days())
					.collect(Collectors.joining(";")));
		return "delivery/throughput";
	}

	/**
	 * One bar of the chart: the day or the Monday of the week, and the items finished.
	 */
	record Bar(LocalDate start, int finished) {
	}

	private Map<String, String> errors(InvalidInputException e, Locale locale) {
		return FieldErrorMessages.of(e, messages, locale).byField();
	}

}
