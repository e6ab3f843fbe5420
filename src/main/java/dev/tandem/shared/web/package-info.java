/**
 * What every module's pages share: domain field errors translated through the
 * {@code messages/errors} bundle.
 */
package dev.tandem.shared.web;
