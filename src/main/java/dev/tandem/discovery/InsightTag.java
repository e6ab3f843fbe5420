package dev.tandem.discovery;

import org.springframework.data.relational.core.mapping.Table;

/** Row of an insight's tags. */
@Table("discovery_insight_tag")
record InsightTag(String tag) {
}
