package dev.tandem.delivery.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.delivery.DeliveryQueries.ItemFilter;
import dev.tandem.delivery.DeliveryQueries;
import dev.tandem.delivery.Dependencies;
import dev.tandem.delivery.Estimation;
import dev.tandem.delivery.TShirtSize;
import dev.tandem.delivery.WorkItemId;
import dev.tandem.delivery.WorkItemKind;
import dev.tandem.delivery.WorkItems;
import dev.tandem.delivery.Workflow;
import dev.tandem.delivery.WorkflowState;
import dev.tandem.org.People;
import dev.tandem.org.TeamId;
import dev.tandem.org.Teams;
import dev.tandem.roadmap.RoadmapItemId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The delivery pages: teams and their work in progress, a team's board, the item list and
 * an item's page. Moves are plain POST forms; with JavaScript, htmx sends the same forms
 * and swaps the board in place.
 */
@Controller
@RequestMapping("/delivery")
class DeliveryPages {

	private final DeliveryQueries queries;

	private final WorkItems workItems;

	private final Workflow workflow;

	private final Estimation estimation;

	private final Dependencies dependencies;

	private final Teams teams;

	private final People people;

	private final MessageSource messages;

	DeliveryPages(DeliveryQueries queries, WorkItems workItems, Workflow workflow, Estimation estimation,
			Dependencies dependencies, Teams teams, People people, MessageSource messages) {
		this.estimation = estimation;
		this.dependencies = dependencies;
		this.queries = queries;
		this.workItems = workItems;
		this.workflow = workflow;
		this.teams = teams;
		this.people = people;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("states", WorkflowState.values());
		model.addAttribute("kinds", WorkItemKind.values());
		model.addAttribute("errors", Map.of());
	}

	@GetMapping
	String landing(Model model) {
		model.addAttribute("teamWork", queries.teams());
		return "delivery/index";
	}

	@GetMapping("/teams/{teamId}")
	String board(@PathVariable TeamId teamId, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model) {
		model.addAttribute("board", queries.board(teamId));
		return isHtmx(htmx) && !isHtmx(historyRestore) ? "delivery/board :: board" : "delivery/board";
	}

	@PostMapping("/items/{id}/transitions")
	String transition(@PathVariable WorkItemId id, @RequestParam(required = false) String to,
			@RequestParam(required = false) String fromState, @RequestParam(required = false) String back,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Principal principal, Model model,
			HttpServletResponse response) {
		var toItem = "item".equals(back);
		try {
			var moved = workflow.transition(id, WorkflowState.parse(to, "to"),
					WorkflowState.parse(fromState, "fromState"), null, principal.getName());
			if (!isHtmx(htmx)) {
				return toItem ? "redirect:/delivery/items/" + id + "?moved"
						: "redirect:/delivery/teams/" + moved.team().id() + "#item-" + id;
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
			model.addAttribute("moveErrors", errors(e));
			if (!isHtmx(htmx)) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
		}
		var item = queries.item(id);
		if (toItem && !isHtmx(htmx)) {
			return showItem(model, item.id(), ItemForm.of(item));
		}
		model.addAttribute("board", queries.board(item.team().id()));
		return isHtmx(htmx) ? "delivery/board :: board" : "delivery/board";
	}

	@GetMapping("/items")
	String items(@RequestParam(required = false) String team, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String state, @RequestParam(required = false) String roadmapItem,
			@RequestParam(required = false) String label, Model model) {
		ItemFilter filter;
		try {
			filter = new ItemFilter(blank(team) ? null : TeamId.of(team.strip()),
					blank(kind) ? null : WorkItemKind.valueOf(kind.strip()),
					blank(state) ? null : WorkflowState.parse(state, "state"),
					blank(roadmapItem) ? null : RoadmapItemId.of(roadmapItem.strip()), blank(label) ? null : label);
		}
		catch (IllegalArgumentException | InvalidInputException e) {
			filter = ItemFilter.none();
			model.addAttribute("badFilter", true);
		}
		model.addAttribute("filter", filter);
		model.addAttribute("items", queries.items(filter));
		model.addAttribute("teams", teams.all());
		return "delivery/items";
	}

	@GetMapping("/items/new")
	String newItem(@RequestParam(required = false) String team, Model model) {
		TeamId chosen = null;
		try {
			chosen = blank(team) ? null : TeamId.of(team);
		}
		catch (IllegalArgumentException e) {
			// a malformed team in the link: let the person choose
		}
		return showNewForm(model, ItemForm.empty(chosen));
	}

	@PostMapping("/items")
	String create(@ModelAttribute("form") ItemForm form, Principal principal, Model model,
			HttpServletResponse response) {
		try {
			var debt = form.debt();
			var item = workItems.create(form.details(), debt, principal.getName());
			return "redirect:/delivery/items/" + item.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", errors(e));
			return showNewForm(model, form);
		}
	}

	@GetMapping("/items/{id}")
	String item(@PathVariable WorkItemId id, Model model) {
		return showItem(model, id, ItemForm.of(queries.item(id)));
	}

	@PostMapping("/items/{id}")
	String update(@PathVariable WorkItemId id, @ModelAttribute("form") ItemForm form, Model model,
			HttpServletResponse response) {
		try {
			if (form.version() == null) {
				throw new InvalidInputException("version", "is required");
			}
			var debt = form.debt();
			workItems.update(id, form.version(), form.details(), debt);
			return "redirect:/delivery/items/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", errors(e));
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
		}
		return showItem(model, id, form);
	}

	@PostMapping("/items/{id}/estimate")
	String estimate(@PathVariable WorkItemId id, @RequestParam(required = false) String points,
			@RequestParam(required = false) String size, @RequestParam(required = false) List<String> participants,
			@RequestParam(required = false) String version, Model model, HttpServletResponse response) {
		try {
			var parsed = EstimateForm.parse(points, size, participants, version);
			estimation.estimate(id, parsed.version(), parsed.points(), parsed.size(), parsed.participants());
			return "redirect:/delivery/items/" + id + "?estimated";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("estimateErrors", errors(e));
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
		}
		return showItem(model, id, ItemForm.of(queries.item(id)));
	}

	@PostMapping("/items/{id}/blocked-by")
	String addBlocker(@PathVariable WorkItemId id, @RequestParam(required = false) String blocker, Model model,
			HttpServletResponse response) {
		try {
			if (blank(blocker)) {
				throw new InvalidInputException("blocker", "is required");
			}
			WorkItemId blockerId;
			try {
				blockerId = WorkItemId.of(blocker.strip());
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("blocker", "is not a valid id");
			}
			dependencies.add(blockerId, id, "blocker");
			return "redirect:/delivery/items/" + id + "?linked";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("dependencyErrors", errors(e));
		}
		return showItem(model, id, ItemForm.of(queries.item(id)));
	}

	@PostMapping("/items/{id}/blocked-by/{blockerId}/delete")
	String removeBlocker(@PathVariable WorkItemId id, @PathVariable WorkItemId blockerId) {
		dependencies.remove(blockerId, id);
		return "redirect:/delivery/items/" + id + "?unlinked";
	}

	private String showItem(Model model, WorkItemId id, ItemForm form) {
		model.addAttribute("item", queries.item(id));
		model.addAttribute("form", form);
		return withChoices(model, "delivery/item");
	}

	private String showNewForm(Model model, ItemForm form) {
		model.addAttribute("form", form);
		return withChoices(model, "delivery/item-new");
	}

	private String withChoices(Model model, String view) {
		model.addAttribute("teams", teams.all());
		model.addAttribute("people", people.all());
		var all = queries.items(ItemFilter.none());
		model.addAttribute("features", all.stream().filter(i -> i.kind() == WorkItemKind.FEATURE).toList());
		model.addAttribute("allItems", all);
		model.addAttribute("sizes", TShirtSize.values());
		return view;
	}

	private Map<String, String> errors(InvalidInputException e) {
		return FieldErrorMessages.of(e, messages, LocaleContextHolder.getLocale()).byField();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static boolean isHtmx(String header) {
		return "true".equals(header);
	}

}
