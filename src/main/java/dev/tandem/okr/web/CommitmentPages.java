package dev.tandem.okr.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.okr.CommitmentDetails;
import dev.tandem.okr.CommitmentSetView;
import dev.tandem.okr.CommitmentSide;
import dev.tandem.okr.Commitments;
import dev.tandem.okr.EffortUnit;
import dev.tandem.okr.ObjectiveId;
import dev.tandem.okr.ObjectiveNode;
import dev.tandem.okr.ObjectiveView;
import dev.tandem.okr.OkrSettings;
import dev.tandem.okr.OkrTree;
import dev.tandem.org.TeamId;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Quarter;
import dev.tandem.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A team's quarter: its commitments with load against capacity and the duo's signatures.
 * Forms post normally and, with htmx, swap the commitments section in place.
 */
@Controller
@RequestMapping("/okrs/teams/{teamId}")
class CommitmentPages {

	private static final String PAGE = "okr/team-quarter";

	private static final String FRAGMENT = PAGE + " :: commitments";

	private final Commitments commitments;

	private final OkrSettings settings;

	private final OkrTree tree;

	private final org.springframework.context.MessageSource messages;

	private final org.springframework.beans.factory.ObjectProvider<dev.tandem.okr.CommitmentForecasts> forecasts;

	CommitmentPages(Commitments commitments, OkrSettings settings, OkrTree tree,
			org.springframework.context.MessageSource messages,
			org.springframework.beans.factory.ObjectProvider<dev.tandem.okr.CommitmentForecasts> forecasts) {
		this.messages = messages;
		this.forecasts = forecasts;
		this.commitments = commitments;
		this.settings = settings;
		this.tree = tree;
	}

	@GetMapping
	String currentQuarter(@PathVariable TeamId teamId) {
		return "redirect:/okrs/teams/" + teamId + "/" + settings.currentQuarter();
	}

	@GetMapping("/{quarter}")
	String page(@PathVariable TeamId teamId, @PathVariable Quarter quarter, Authentication authentication,
			Model model) {
		return show(model, commitments.view(teamId, quarter), authentication, Map.of(), null, PAGE);
	}

	@PostMapping("/{quarter}/capacity")
	String plan(@PathVariable TeamId teamId, @PathVariable Quarter quarter, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String capacity, @RequestParam long version,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication,
			Model model, HttpServletResponse response) {
		return act(teamId, quarter, htmx, authentication, model, response,
				() -> commitments.plan(teamId, quarter, version, unitOf(unit), decimal("capacity", capacity)));
	}

	@PostMapping("/{quarter}/commitments")
	String add(@PathVariable TeamId teamId, @PathVariable Quarter quarter, @RequestParam(required = false) String title,
			@RequestParam(required = false) String estimate, @RequestParam(required = false) String objectiveId,
			@RequestParam(required = false) String roadmapItemId, @RequestParam long version,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication,
			Model model, HttpServletResponse response) {
		model.addAttribute("typedTitle", title);
		model.addAttribute("typedEstimate", estimate);
		return act(teamId, quarter, htmx, authentication, model, response,
				() -> commitments.add(teamId, quarter, version,
						new CommitmentDetails(title, objectiveOrNull(objectiveId),
								uuidOrNull("roadmapItemId", roadmapItemId), decimal("estimate", estimate))));
	}

	@PostMapping("/{quarter}/commitments/{commitmentId}/remove")
	String remove(@PathVariable TeamId teamId, @PathVariable Quarter quarter, @PathVariable UUID commitmentId,
			@RequestParam long version, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Authentication authentication, Model model, HttpServletResponse response) {
		return act(teamId, quarter, htmx, authentication, model, response,
				() -> commitments.remove(teamId, quarter, version, commitmentId));
	}

	@PostMapping("/{quarter}/signatures")
	String sign(@PathVariable TeamId teamId, @PathVariable Quarter quarter, @RequestParam CommitmentSide side,
			@RequestParam long version, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Authentication authentication, Model model, HttpServletResponse response) {
		return act(teamId, quarter, htmx, authentication, model, response,
				() -> commitments.sign(teamId, quarter, version, Actors.of(authentication), side));
	}

	/**
	 * Runs a change and answers with the commitments section (htmx) or a redirect (plain
	 * form). A refused change re-shows the section with the reason and what was typed;
	 * nothing was saved.
	 */
	private String act(TeamId teamId, Quarter quarter, String htmx, Authentication authentication, Model model,
			HttpServletResponse response, Supplier<CommitmentSetView> change) {
		var view = htmx != null ? FRAGMENT : PAGE;
		try {
			var changed = change.get();
			if (htmx == null) {
				return "redirect:/okrs/teams/" + teamId + "/" + quarter;
			}
			model.addAttribute("typedTitle", null);
			model.addAttribute("typedEstimate", null);
			return show(model, changed, authentication, Map.of(), null, view);
		}
		catch (InvalidInputException e) {
			response.setStatus(htmx != null ? HttpStatus.OK.value() : HttpStatus.BAD_REQUEST.value());
			return show(model, commitments.view(teamId, quarter), authentication,
					dev.tandem.shared.web.FieldErrorMessages
						.of(e, messages, org.springframework.context.i18n.LocaleContextHolder.getLocale())
						.byField(),
					null, view);
		}
		catch (StaleVersionException e) {
			response.setStatus(htmx != null ? HttpStatus.OK.value() : HttpStatus.CONFLICT.value());
			return show(model, commitments.view(teamId, quarter), authentication, Map.of(), "commitments.stale", view);
		}
		catch (ForbiddenException e) {
			response.setStatus(htmx != null ? HttpStatus.OK.value() : HttpStatus.FORBIDDEN.value());
			return show(model, commitments.view(teamId, quarter), authentication, Map.of(), "commitments.notInDuo",
					view);
		}
	}

	private String show(Model model, CommitmentSetView set, Authentication authentication, Map<String, String> errors,
			String notice, String view) {
		model.addAttribute("set", set);
		var forecast = forecasts.getIfAvailable();
		model.addAttribute("outlook",
				forecast == null ? null : forecast.outlook(set.teamId(), set.quarter()).orElse(null));
		var objectives = new java.util.ArrayList<ObjectiveView>();
		tree.of(set.quarter(), null, null).forEach(node -> collect(node, objectives));
		model.addAttribute("teamObjectives", objectives.stream().filter(o -> set.teamId().equals(o.teamId())).toList());
		model.addAttribute("quarterObjectives", objectives);
		model.addAttribute("roadmapChoices", commitments.roadmapChoices(set.teamId()));
		model.addAttribute("units", EffortUnit.values());
		model.addAttribute("mySides", List.copyOf(commitments.sidesFor(set.teamId(), Actors.of(authentication))));
		model.addAttribute("errors", errors);
		model.addAttribute("notice", notice);
		model.addAttribute("previousQuarter", set.quarter().previous());
		model.addAttribute("nextQuarter", set.quarter().next());
		return view;
	}

	private static void collect(ObjectiveNode node, List<ObjectiveView> into) {
		into.add(node.objective());
		node.children().forEach(child -> collect(child, into));
	}

	private static ObjectiveId objectiveOrNull(String text) {
		var id = uuidOrNull("objectiveId", text);
		return id == null ? null : new ObjectiveId(id);
	}

	private static EffortUnit unitOf(String unit) {
		try {
			return unit == null || unit.isBlank() ? null : EffortUnit.valueOf(unit);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("unit", "is not a known unit");
		}
	}

	private static BigDecimal decimal(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.trim().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "must be a number");
		}
	}

	private static UUID uuidOrNull(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.trim());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "is not a valid id");
		}
	}

}
