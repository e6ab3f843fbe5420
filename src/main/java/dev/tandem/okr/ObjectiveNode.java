package dev.tandem.okr;

import java.util.List;

/** An objective in the alignment tree with the objectives aligned under it. */
public record ObjectiveNode(ObjectiveView objective, List<ObjectiveNode> children) {
}
