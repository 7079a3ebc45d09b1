package org.sanctuarytracker.system;

import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which requests {@link UnsupportedAsOf} refuses: as_of on a handler that does not read
 * it, but never the error page a failed request is forwarded to with its parameters
 * (which would turn a failure on a page of the past into a 400 about as_of).
 */
class UnsupportedAsOfTests {

	private final UnsupportedAsOf interceptor = new UnsupportedAsOf();

	@Test
	void shouldRefuseAsOfWhereTheHandlerDoesNotReadIt() throws Exception {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.interceptor
			.preHandle(request(DispatcherType.REQUEST), new MockHttpServletResponse(), handler("today")));
		assertThat(this.interceptor.preHandle(request(DispatcherType.REQUEST), new MockHttpServletResponse(),
				handler("past", String.class)))
			.isTrue();
	}

	@Test
	void shouldLeaveTheErrorPageOfAFailedRequestAlone() throws Exception {
		assertThat(this.interceptor.preHandle(request(DispatcherType.ERROR), new MockHttpServletResponse(),
				handler("today")))
			.isTrue();
	}

	private static MockHttpServletRequest request(DispatcherType type) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
		request.setDispatcherType(type);
		request.setParameter("as_of", "2024-01-01");
		return request;
	}

	private static HandlerMethod handler(String name, Class<?>... parameters) throws NoSuchMethodException {
		return new HandlerMethod(new Pages(), Pages.class.getDeclaredMethod(name, parameters));
	}

	static class Pages {

		String today() {
			return "today";
		}

		String past(@RequestParam(name = "as_of", required = false) String asOf) {
			return "past";
		}

	}

}
