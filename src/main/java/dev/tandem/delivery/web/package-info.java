/** Delivery over HTTP: the REST API, the team boards, the item list and item pages. */
package dev.tandem.delivery.web;
