package dev.concertsaga.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.json.JsonMapper;

/** The queue's HTTP API, called as a client would. */
class TokenClient {

    static final String TOKENS = "/api/v1/queue/tokens";

    private final MockMvcTester mvc;
    private final JsonMapper json;

    TokenClient(MockMvcTester mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    MvcTestResult post(String body) {
        return mvc.post().uri(TOKENS).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    MvcTestResult get(Object token) {
        return mvc.get().uri(TOKENS + "/" + token).exchange();
    }

    TokenState issue(long userId) {
        MvcTestResult result = post("{\"userId\":" + userId + "}");
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return read(result);
    }

    TokenState state(Object token) {
        MvcTestResult result = get(token);
        assertThat(result).hasStatusOk();
        return read(result);
    }

    TokenState read(MvcTestResult result) {
        try {
            return json.readValue(result.getResponse().getContentAsString(), TokenState.class);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
