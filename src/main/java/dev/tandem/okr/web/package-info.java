/** Pages and REST endpoints of the OKR module. */
package dev.tandem.okr.web;
