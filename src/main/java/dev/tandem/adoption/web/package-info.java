/** Pages and REST API of features and their adoption. */
package dev.tandem.adoption.web;
