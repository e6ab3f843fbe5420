package dev.tandem.discovery.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.discovery.ExperimentDetails;
import dev.tandem.discovery.ExperimentId;
import dev.tandem.discovery.ExperimentMethod;
import dev.tandem.discovery.ExperimentOutcome;
import dev.tandem.discovery.ExperimentResult;
import dev.tandem.discovery.ExperimentStatus;
import dev.tandem.discovery.ExperimentView;
import dev.tandem.discovery.Experiments;
import dev.tandem.discovery.IdeaDetails;
import dev.tandem.discovery.IdeaId;
import dev.tandem.discovery.IdeaView;
import dev.tandem.discovery.Ideas;
import dev.tandem.discovery.InsightDetails;
import dev.tandem.discovery.InsightId;
import dev.tandem.discovery.InsightKind;
import dev.tandem.discovery.InsightView;
import dev.tandem.discovery.Insights;
import dev.tandem.discovery.Opportunities;
import dev.tandem.discovery.OpportunityDetails;
import dev.tandem.discovery.OpportunityId;
import dev.tandem.discovery.OpportunitySummary;
import dev.tandem.discovery.OpportunityView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Insights, opportunities (and their supporting insights), ideas and experiments over
 * HTTP.
 */
@RestController
@RequestMapping("/api/v1/discovery")
@Tag(name = "Discovery", description = "User evidence, the problems it reveals, ideas and the experiments testing them")
class DiscoveryApiController {

	private final Insights insights;

	private final Opportunities opportunities;

	private final Ideas ideas;

	private final Experiments experiments;

	DiscoveryApiController(Insights insights, Opportunities opportunities, Ideas ideas, Experiments experiments) {
		this.insights = insights;
		this.opportunities = opportunities;
		this.ideas = ideas;
		this.experiments = experiments;
	}

	record InsightRequest(String text, InsightKind kind, String source, LocalDate observedOn, String link,
			List<String> tags, Long version) {

		InsightDetails details() {
			return new InsightDetails(text, kind, source, observedOn, link, tags);
		}

	}

	record OpportunityRequest(String title, String description, Long version) {

		OpportunityDetails details() {
			return new OpportunityDetails(title, description);
		}

	}

	record LinkRequest(@NotNull UUID insightId) {
	}

	record IdeaRequest(UUID opportunityId, String title, String description, UUID roadmapItemId, Long version) {

		IdeaDetails details() {
			return new IdeaDetails(opportunityId == null ? null : new OpportunityId(opportunityId), title, description,
					roadmapItemId);
		}

	}

	record ExperimentRequest(UUID ideaId, String hypothesis, ExperimentMethod method, String successCriterion,
			String prototypeLink, ExperimentStatus status, ExperimentResult result, String learnings, Long version) {

		ExperimentDetails details() {
			return new ExperimentDetails(hypothesis, method, successCriterion, prototypeLink);
		}

		ExperimentOutcome outcome() {
			return new ExperimentOutcome(status == null ? ExperimentStatus.PLANNED : status, result, learnings);
		}

	}

	@GetMapping("/insights")
	@Operation(summary = "Insights, newest observation first; only those with every given tag (comma-separated)")
	List<InsightView> insights(@RequestParam(required = false) String tag) {
		return insights.all(tag);
	}

	@PostMapping("/insights")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Capture an insight; its date may not be in the future, its link must be http(s)")
	InsightView capture(@RequestBody InsightRequest request) {
		return insights.capture(request.details());
	}

	@GetMapping("/insights/{id}")
	@Operation(summary = "An insight")
	InsightView insight(@PathVariable InsightId id) {
		return insights.get(id);
	}

	@PutMapping("/insights/{id}")
	@Operation(summary = "Correct an insight; send the version you read (409 when someone changed it since)")
	InsightView updateInsight(@PathVariable InsightId id, @RequestBody InsightRequest request) {
		return insights.update(id, Versions.required(request.version()), request.details());
	}

	@GetMapping("/opportunities")
	@Operation(summary = "Opportunities with their evidence summary, best supported first")
	List<OpportunitySummary> opportunities() {
		return opportunities.all();
	}

	@PostMapping("/opportunities")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an opportunity: a user problem worth solving")
	OpportunityView createOpportunity(@RequestBody OpportunityRequest request) {
		return opportunities.create(request.details());
	}

	@GetMapping("/opportunities/{id}")
	@Operation(summary = "An opportunity with its supporting insights and evidence summary")
	OpportunityView opportunity(@PathVariable OpportunityId id) {
		return opportunities.get(id);
	}

	@PutMapping("/opportunities/{id}")
	@Operation(summary = "Change an opportunity; send the version you read")
	OpportunityView updateOpportunity(@PathVariable OpportunityId id, @RequestBody OpportunityRequest request) {
		return opportunities.update(id, Versions.required(request.version()), request.details());
	}

	@PostMapping("/opportunities/{id}/insights")
	@Operation(summary = "Link a supporting insight to the opportunity (no change if already linked)")
	OpportunityView link(@PathVariable OpportunityId id, @Valid @RequestBody LinkRequest request) {
		return opportunities.link(id, new InsightId(request.insightId()));
	}

	@DeleteMapping("/opportunities/{id}/insights/{insightId}")
	@Operation(summary = "Unlink a supporting insight from the opportunity (no change if it was not linked)")
	OpportunityView unlink(@PathVariable OpportunityId id, @PathVariable InsightId insightId) {
		return opportunities.unlink(id, insightId);
	}

	@GetMapping("/ideas")
	@Operation(summary = "Ideas by title, optionally only those answering one opportunity")
	List<IdeaView> ideas(@RequestParam(required = false) OpportunityId opportunity) {
		return ideas.all(opportunity);
	}

	@PostMapping("/ideas")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an idea answering an opportunity, optionally tied to a roadmap item")
	IdeaView createIdea(@RequestBody IdeaRequest request) {
		return ideas.create(request.details());
	}

	@GetMapping("/ideas/{id}")
	@Operation(summary = "An idea")
	IdeaView idea(@PathVariable IdeaId id) {
		return ideas.get(id);
	}

	@PutMapping("/ideas/{id}")
	@Operation(summary = "Change an idea; send the version you read")
	IdeaView updateIdea(@PathVariable IdeaId id, @RequestBody IdeaRequest request) {
		return ideas.update(id, Versions.required(request.version()), request.details());
	}

	@GetMapping("/experiments")
	@Operation(summary = "Experiments by status, optionally only one idea's")
	List<ExperimentView> experiments(@RequestParam(required = false) IdeaId idea) {
		return experiments.all(idea);
	}

	@PostMapping("/experiments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan an experiment for an idea; a result only once concluded (then it is required)")
	ExperimentView createExperiment(@RequestBody ExperimentRequest request) {
		return experiments.create(request.ideaId() == null ? null : new IdeaId(request.ideaId()), request.details(),
				request.outcome());
	}

	@GetMapping("/experiments/{id}")
	@Operation(summary = "An experiment")
	ExperimentView experiment(@PathVariable ExperimentId id) {
		return experiments.get(id);
	}

	@PutMapping("/experiments/{id}")
	@Operation(summary = "Change an experiment or where it stands; send the version you read")
	ExperimentView updateExperiment(@PathVariable ExperimentId id, @RequestBody ExperimentRequest request) {
		return experiments.update(id, Versions.required(request.version()), request.details(), request.outcome());
	}

}
