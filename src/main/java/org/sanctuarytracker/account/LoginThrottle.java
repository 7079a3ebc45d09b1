package org.sanctuarytracker.account;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles repeated failed logins, with every count in the database so that all app
 * instances share it.
 * <p>
 * Per account: each attempt is counted before its password is checked, and the account is
 * locked when the count reaches the limit (see {@link AccountUserDetailsService}).
 * <p>
 * Per client address: each attempt is counted in the address's window (the lock time)
 * before it is checked, and a successful sign-in gives its count back. Past the limit the
 * address is <em>throttled</em>, which blocks the attacker rather than the newsroom
 * behind a shared proxy: a correct password of an account that is not locked still signs
 * in, but a wrong one locks the account it named at once, so an address that has spent
 * its failures gets one guess per account per lock time instead of the per-account limit.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LoginThrottle {

	static final String OVER_ADDRESS_LIMIT = LoginThrottle.class.getName() + ".overAddressLimit";

	private final AccountService accounts;

	private final LoginPolicy policy;

	private final Clock clock;

	private final JdbcClient jdbc;

	/**
	 * The filter the security chain runs before it checks a login: it counts the attempt
	 * against its address and marks an attempt over the address's limit. Not a bean, so
	 * the servlet container does not run it a second time.
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
				int attempt = countAttempt(request.getRemoteAddr());
				request.setAttribute(OVER_ADDRESS_LIMIT, attempt > LoginThrottle.this.policy.maxFailuresPerAddress());
				chain.doFilter(request, response);
			}

		};
	}

	/**
	 * Where a refused login goes: a locked account says so; an attempt from a throttled
	 * address locks the account it named and says the address is throttled; any other
	 * says the username or password was wrong.
	 */
	public AuthenticationFailureHandler failureHandler() {
		return (request, response, ex) -> {
			String reason;
			if (ex instanceof LockedException) {
				reason = "locked";
			}
			else if (Boolean.TRUE.equals(request.getAttribute(OVER_ADDRESS_LIMIT))) {
				this.accounts.lock(request.getParameter("username"));
				reason = "throttled";
			}
			else {
				reason = "error";
			}
			LoginController.keepTypedUsername(request, response);
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}

	/**
	 * Counts an attempt from the address in its current window, opening a new window when
	 * there is none or it has ended, and returns the attempt's number in the window. One
	 * statement, so concurrent attempts get distinct numbers. Opening a window also
	 * deletes ended ones, so the table stays as small as the set of addresses seen within
	 * the lock time.
	 */
	int countAttempt(String address) {
		Instant now = this.clock.instant();
		int attempt = this.jdbc.sql("""
				insert into login_address as a (address, attempt_count, window_ends)
				values (:address, 1, :ends)
				on conflict (address) do update set
				  attempt_count = case when a.window_ends <= :now then 1 else a.attempt_count + 1 end,
				  window_ends = case when a.window_ends <= :now then excluded.window_ends else a.window_ends end
				returning attempt_count""")
			.param("address", address)
			.param("now", Timestamp.from(now))
			.param("ends", Timestamp.from(now.plus(this.policy.lockTime())))
			.query(Integer.class)
			.single();
		if (attempt == 1) {
			forgetEndedWindows(now);
		}
		return attempt;
	}

	// Skips rows another attempt holds, so concurrent clean-ups never wait for or
	// deadlock with each other; a bounded batch keeps each clean-up short.
	void forgetEndedWindows(Instant now) {
		this.jdbc.sql("""
				delete from login_address where address in (
				  select address from login_address where window_ends <= :now
				  limit 1000 for update skip locked)""").param("now", Timestamp.from(now)).update();
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.recordSuccessfulLogin(event.getAuthentication().getName());
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			this.jdbc.sql("""
					update login_address set attempt_count = attempt_count - 1
					where address = :address and attempt_count > 0""")
				.param("address", details.getRemoteAddress())
				.update();
		}
	}

}
