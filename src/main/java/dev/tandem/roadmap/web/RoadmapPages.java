package dev.tandem.roadmap.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.discovery.EvidenceGuardrail;
import dev.tandem.okr.ObjectiveId;
import dev.tandem.org.Groups;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.BoardFilter;
import dev.tandem.roadmap.Lane;
import dev.tandem.roadmap.RoadmapItemForecasts;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.roadmap.RoadmapPlanning;
import dev.tandem.roadmap.RoadmapQueries;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.web.FieldErrorMessages;
import dev.tandem.shared.web.PagePanel;
import dev.tandem.shared.web.PagePanels;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The roadmap pages: the board with its four lanes, and an item's page. Moves are plain
 * POST forms; with JavaScript, htmx sends the same forms and swaps the board in place.
 */
@Controller
@RequestMapping("/roadmap")
class RoadmapPages {

	static final int HISTORY = 50;

	private final RoadmapPlanning planning;

	private final RoadmapQueries queries;

	private final Teams teams;

	private final Groups groups;

	private final EvidenceGuardrail guardrail;

	private final MessageSource messages;

	RoadmapPages(RoadmapPlanning planning, RoadmapQueries queries, Teams teams, Groups groups,
			EvidenceGuardrail guardrail, PagePanels panels, ObjectProvider<RoadmapItemForecasts> forecasts,
			MessageSource messages) {
		this.forecasts = forecasts;
		this.panels = panels;
		this.planning = planning;
		this.queries = queries;
		this.teams = teams;
		this.groups = groups;
		this.guardrail = guardrail;
		this.messages = messages;
	}

	private final PagePanels panels;

	private final ObjectProvider<RoadmapItemForecasts> forecasts;

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("lanes", Lane.values());
		model.addAttribute("errors", Map.of());
	}

	@GetMapping
	String board(@RequestParam(required = false) String team, @RequestParam(required = false) String group,
			@RequestParam(required = false) String objective,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model) {
		var filter = PageParams.filter(team, group, objective);
		addBoard(model, filter);
		if (isHtmx(htmx) && !isHtmx(historyRestore)) {
			return "roadmap/board :: board";
		}
		return showBoard(model, filter);
	}

	@PostMapping("/items/{id}/move")
	String move(@PathVariable RoadmapItemId id, @RequestParam(required = false) String lane,
			@RequestParam(required = false) String position, @RequestParam(required = false) String version,
			@RequestParam(required = false) String team, @RequestParam(required = false) String group,
			@RequestParam(required = false) String objective, @RequestParam(required = false) String back,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			HttpServletResponse response) {
		var filter = PageParams.filter(team, group, objective);
		var toItem = "item".equals(back);
		try {
			planning.move(id, PageParams.version(version), PageParams.lane(lane), PageParams.position(position));
			if (!isHtmx(htmx)) {
				return toItem ? "redirect:/roadmap/items/" + id + "?moved"
						: "redirect:" + PageParams.boardPath(filter) + "#item-" + id;
			}
			model.addAttribute("moved", id);
		}
		catch (StaleVersionException e) {
			model.addAttribute("stale", true);
			if (!isHtmx(htmx)) {
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		catch (InvalidInputException e) {
			// Translated, so the evidence guardrail's refusal reads in the reader's
			// language.
			model.addAttribute("moveErrors", FieldErrorMessages.of(e, messages, locale).byField());
			if (!isHtmx(htmx)) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
		}
		if (toItem && !isHtmx(htmx)) {
			return showItem(id, model, ItemForm.of(queries.item(id)));
		}
		addBoard(model, filter);
		return isHtmx(htmx) ? "roadmap/board :: board" : showBoard(model, filter);
	}

	@GetMapping("/items/new")
	String newItem(@RequestParam(required = false) String lane, Model model) {
		Lane chosen = null;
		try {
			chosen = lane == null || lane.isBlank() ? null : PageParams.lane(lane);
		}
		catch (InvalidInputException e) {
			// an unknown lane in the link: offer the default one
		}
		return showNewForm(model, ItemForm.empty(chosen));
	}

	@PostMapping("/items")
	String create(@ModelAttribute("form") ItemForm form, Model model, Locale locale, HttpServletResponse response) {
		try {
			var errors = new ArrayList<InvalidInputException.FieldError>();
			var lane = PageParams.collect(errors, form::parsedLane);
			var details = PageParams.collect(errors, form::details);
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			var item = planning.create(details, lane, null);
			return "redirect:/roadmap/items/" + item.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			// Translated, so the evidence guardrail's refusal of Now reads in the
			// reader's
			// language.
			model.addAttribute("errors", FieldErrorMessages.of(e, messages, locale).byField());
			return showNewForm(model, form);
		}
	}

	@GetMapping("/items/{id}")
	String item(@PathVariable RoadmapItemId id, Model model) {
		return showItem(id, model, ItemForm.of(queries.item(id)));
	}

	@PostMapping("/items/{id}")
	String update(@PathVariable RoadmapItemId id, @ModelAttribute("form") ItemForm form, Model model,
			HttpServletResponse response) {
		try {
			if (form.version() == null) {
				throw new InvalidInputException("version", "is required");
			}
			planning.update(id, form.version(), form.details());
			return "redirect:/roadmap/items/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", PageParams.errors(e));
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
		}
		return showItem(id, model, form);
	}

	@PostMapping("/items/{id}/delete")
	String delete(@PathVariable RoadmapItemId id, @RequestParam(required = false) String version, Model model,
			HttpServletResponse response) {
		try {
			planning.delete(id, PageParams.version(version));
			return "redirect:/roadmap?deleted";
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			return showItem(id, model, ItemForm.of(queries.item(id)));
		}
	}

	/**
	 * Lets the item go into Now without the evidence discovery's guardrail asks for; only
	 * people wearing a configured hat may (403 otherwise), and they must say why.
	 */
	@PostMapping("/items/{id}/override")
	String override(@PathVariable RoadmapItemId id, @RequestParam(required = false) String reason, Model model,
			Principal principal, Locale locale, HttpServletResponse response) {
		try {
			guardrail.override(id.value(), reason, principal.getName());
			return "redirect:/roadmap/items/" + id + "?overridden";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("overrideErrors", FieldErrorMessages.of(e, messages, locale).byField());
			model.addAttribute("reason", reason);
			return showItem(id, model, ItemForm.of(queries.item(id)));
		}
	}

	private String showBoard(Model model, BoardFilter filter) {
		model.addAttribute("filter", filter);
		model.addAttribute("teams", teams.all());
		model.addAttribute("groups", groups.all());
		model.addAttribute("objectives",
				queries.objectiveChoices(filter.objective() == null ? Set.of() : Set.of(filter.objective())));
		return "roadmap/board";
	}

	/**
	 * The board, and the 85 % dates of its Now and Next cards when forecasts are there.
	 */
	private void addBoard(Model model, BoardFilter filter) {
		var board = queries.board(filter);
		model.addAttribute("board", board);
		var forecast = board.lanes()
			.stream()
			.filter(l -> l.lane() == Lane.NOW || l.lane() == Lane.NEXT)
			.flatMap(l -> l.cards().stream())
			.map(c -> c.item().id())
			.toList();
		var service = forecasts.getIfAvailable();
		model.addAttribute("likely85", service == null || forecast.isEmpty() ? Map.of() : service.likely85(forecast));
	}

	private String showItem(RoadmapItemId id, Model model, ItemForm form) {
		var item = queries.item(id);
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("history", queries.history(id, HISTORY));
		var check = guardrail.check(id.value());
		model.addAttribute("guardrail", check);
		model.addAttribute("shortfall", check.shortfall() == null ? null
				: FieldErrorMessages.message(check.shortfall(), messages, LocaleContextHolder.getLocale()));
		var auth = SecurityContextHolder.getContext().getAuthentication();
		model.addAttribute("mayOverride", auth != null && guardrail.mayOverride(auth.getName()));
		model.addAttribute("panels", panels.of(PagePanel.Page.ROADMAP_ITEM, id.value()));
		return withFormChoices(model, form, item.objectives().stream().map(o -> o.id()).toList(), "roadmap/item");
	}

	private String showNewForm(Model model, ItemForm form) {
		model.addAttribute("form", form);
		return withFormChoices(model, form, List.of(), "roadmap/item-new");
	}

	private String withFormChoices(Model model, ItemForm form, List<ObjectiveId> linked, String view) {
		var offered = new HashSet<ObjectiveId>(linked);
		offered.addAll(form.chosenObjectives());
		model.addAttribute("teams", teams.all());
		model.addAttribute("objectives", queries.objectiveChoices(offered));
		return view;
	}

	private static boolean isHtmx(String header) {
		return "true".equals(header);
	}

}
