package dev.tandem.identity.web;

import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.UserSummary;

/**
 * Fills {@link SignedIn} parameters. Session and token callers are both known by their
 * email, so one lookup serves pages and API alike.
 */
@Component
class SignedInUserResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final Accounts accounts;

	SignedInUserResolver(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(SignedIn.class) && parameter.getParameterType() == UserSummary.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			throw new AuthenticationCredentialsNotFoundException("not signed in");
		}
		return accounts.signedIn(authentication.getName());
	}

}
