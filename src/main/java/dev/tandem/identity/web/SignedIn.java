package dev.tandem.identity.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * Marks a {@code UserSummary} handler parameter that receives the account of whoever
 * makes the request. Hidden from the OpenAPI document, where it would otherwise show up
 * as a query parameter.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(hidden = true)
@interface SignedIn {

}
