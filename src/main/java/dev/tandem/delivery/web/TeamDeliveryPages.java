package dev.tandem.delivery.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.delivery.DeliveryQueries;
import dev.tandem.delivery.DeliveryQueries.ItemFilter;
import dev.tandem.delivery.Estimation;
import dev.tandem.delivery.SizeScale;
import dev.tandem.delivery.TShirtSize;
import dev.tandem.delivery.WorkItemId;
import dev.tandem.delivery.Workflow;
import dev.tandem.delivery.WorkflowState;
import dev.tandem.org.TeamId;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A team's delivery forms beside its board: recording a release of done items, and the
 * team's t-shirt sizes in points. Refused input is shown next to its field and changes
 * nothing.
 */
@Controller
@RequestMapping("/delivery/teams/{id}")
class TeamDeliveryPages {

	private final DeliveryQueries queries;

	private final Workflow workflow;

	private final Estimation estimation;

	private final Teams teams;

	private final MessageSource messages;

	TeamDeliveryPages(DeliveryQueries queries, Workflow workflow, Estimation estimation, Teams teams,
			MessageSource messages) {
		this.queries = queries;
		this.workflow = workflow;
		this.estimation = estimation;
		this.teams = teams;
		this.messages = messages;
	}

	@GetMapping("/release")
	String releaseForm(@PathVariable TeamId id, Model model) {
		return showRelease(id, "", List.of(), Map.of(), model);
	}

	/** Records a release of the chosen done items; the board then says so. */
	@PostMapping("/release")
	String release(@PathVariable TeamId id, @RequestParam(required = false) String name,
			@RequestParam(required = false) List<String> itemIds, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		var chosen = itemIds == null ? List.<String>of() : itemIds;
		try {
			var ids = new ArrayList<WorkItemId>();
			for (var text : chosen) {
				try {
					ids.add(WorkItemId.of(text.strip()));
				}
				catch (IllegalArgumentException e) {
					throw new InvalidInputException("itemIds", "no work item has this id: {0}", text);
				}
			}
			var release = workflow.release(name, ids, principal.getName());
			redirect.addFlashAttribute("released", release);
			return "redirect:/delivery/teams/" + id;
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return showRelease(id, name, chosen, FieldErrorMessages.of(e, messages, locale).byField(), model);
		}
	}

	@GetMapping("/sizes")
	String sizesForm(@PathVariable TeamId id, Model model) {
		var sizes = estimation.teamSizes(id);
		return showSizes(id, typed(sizes.scale()), sizes.version(), Map.of(), model);
	}

	/** Changes the team's sizes from the version the editor read. */
	@PostMapping("/sizes")
	String changeSizes(@PathVariable TeamId id, @RequestParam Map<String, String> form,
			@RequestParam(required = false) Long version, Model model, HttpServletResponse response, Locale locale) {
		var typed = new LinkedHashMap<String, String>();
		for (var size : TShirtSize.values()) {
			typed.put(field(size), form.getOrDefault(field(size), ""));
		}
		try {
			var errors = new ArrayList<InvalidInputException.FieldError>();
			var points = new LinkedHashMap<String, Integer>();
			typed.forEach((field, text) -> {
				try {
					points.put(field, Integer.parseInt(text.strip()));
				}
				catch (NumberFormatException e) {
					errors.add(InvalidInputException.FieldError.of(field, "must be a number"));
				}
			});
			if (version == null) {
				errors.add(InvalidInputException.FieldError.of("version", "is required"));
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			var scale = new SizeScale(points.get("xs"), points.get("s"), points.get("m"), points.get("l"),
					points.get("xl"));
			estimation.changeSizes(id, scale, version);
			return "redirect:/delivery/teams/" + id + "/sizes?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return showSizes(id, typed, version == null ? 0 : version,
					FieldErrorMessages.of(e, messages, locale).byField(), model);
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			var current = estimation.teamSizes(id);
			return showSizes(id, typed(current.scale()), current.version(), Map.of(), model);
		}
	}

	private String showRelease(TeamId id, String name, List<String> chosen, Map<String, String> errors, Model model) {
		model.addAttribute("team", teams.get(id));
		model.addAttribute("doneItems", queries.items(new ItemFilter(id, null, WorkflowState.DONE, null, null)));
		model.addAttribute("name", name == null ? "" : name);
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		model.addAttribute("maxName", Workflow.MAX_RELEASE_NAME);
		return "delivery/release";
	}

	private String showSizes(TeamId id, Map<String, String> typed, long version, Map<String, String> errors,
			Model model) {
		model.addAttribute("team", teams.get(id));
		model.addAttribute("sizes", TShirtSize.values());
		model.addAttribute("typed", typed);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		return "delivery/sizes";
	}

	private static Map<String, String> typed(SizeScale scale) {
		var typed = new LinkedHashMap<String, String>();
		for (var size : TShirtSize.values()) {
			typed.put(field(size), String.valueOf(scale.points(size)));
		}
		return typed;
	}

	/** The form field of a size: {@code xs}, {@code s}, … as the API names them. */
	static String field(TShirtSize size) {
		return size.name().toLowerCase(Locale.ROOT);
	}

}
