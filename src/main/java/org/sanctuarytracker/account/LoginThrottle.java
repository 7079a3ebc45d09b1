package org.sanctuarytracker.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles repeated failed logins. Per account: the account is locked after too many
 * consecutive failures (see {@link Account}). Per client address: an address with too
 * many failures in the lock time is turned away before its attempt is checked.
 */
@Component
public class LoginThrottle {

	private final AccountService accounts;

	private final LoginPolicy policy;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

	LoginThrottle(AccountService accounts, LoginPolicy policy, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * The filter the security chain runs before it checks a login: it turns away a
	 * blocked address. Not a bean, so the servlet container does not run it a second
	 * time.
	 */
	public OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				return !("POST".equals(request.getMethod()) && "/login".equals(path));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (isBlocked(request.getRemoteAddr())) {
					response.sendRedirect(request.getContextPath() + "/login?throttled");
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

	boolean isBlocked(String address) {
		Deque<Instant> failures = this.failuresByAddress.get(address);
		if (failures == null) {
			return false;
		}
		synchronized (failures) {
			forgetOld(failures);
			return failures.size() >= this.policy.maxFailuresPerAddress();
		}
	}

	@EventListener
	void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.recordFailedLogin(event.getAuthentication().getName());
		recordAddressFailure(event);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.recordSuccessfulLogin(event.getAuthentication().getName());
	}

	private void recordAddressFailure(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			Deque<Instant> failures = this.failuresByAddress.computeIfAbsent(details.getRemoteAddress(),
					(address) -> new ArrayDeque<>());
			synchronized (failures) {
				forgetOld(failures);
				failures.addLast(this.clock.instant());
			}
		}
	}

	private void forgetOld(Deque<Instant> failures) {
		Instant horizon = this.clock.instant().minus(this.policy.lockTime());
		while (!failures.isEmpty() && failures.peekFirst().isBefore(horizon)) {
			failures.removeFirst();
		}
	}

}
