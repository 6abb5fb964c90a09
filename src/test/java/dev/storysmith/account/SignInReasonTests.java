package dev.storysmith.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SignInReasonTests {

	@ParameterizedTest
	@CsvSource({ "/stories/new, login.reason.draft", "/stories/match, finder.login.reason", "/stories, login.reason.stories",
			"/stories/12, login.reason.stories", "/practice/3, login.reason.practice", "/account, login.reason.account",
			"/progress, login.reason.progress", "/coverage, login.reason.coverage",
			"/storiesx, login.reason.general", "/admin/import, login.reason.general" })
	void explainsTheSignInByTheRequestedPage(String path, String key) {
		assertThat(SignInReason.forPath(path)).isEqualTo(key);
	}

}
