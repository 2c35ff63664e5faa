/* SPDX-License-Identifier: MIT */
/* JSON Lines records and the JSON reader under them. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/json.h"
#include "input/jsonl.h"

#include "reader_fixture.h"

static FgStatus read_line(Fixture *f, const char *line) {
  FgInputReport report = report_to(f, "test.jsonl");
  return fg_jsonl_read_line(line, strlen(line), 12, &report, &f->article);
}

static void test_text_record(void **state) {
  Fixture *f = *state;
  assert_int_equal(
      read_line(f, "{\"id\": 42, \"url\": \"https://example.org/a\", "
                   "\"title\": \"A title\", \"date\": \"2023-07-08T00:00:00Z\", "
                   "\"author\": [\"Ann One\", \"Bo Two\"], \"publisher\": "
                   "\"Pub\", \"text\": \"Line one.\\nLine two.\", "
                   "\"extra\": {\"nested\": [1, 2.5e3, true, null]}}"),
      FG_OK);
  assert_string_equal(text(f),
                      "A title\n\nLine one.\nLine two.");
  assert_string_equal(f->article.id, "42");
  assert_string_equal(f->article.url, "https://example.org/a");
  assert_string_equal(f->article.date, "2023-07-08");
  assert_string_equal(f->article.author, "Ann One");
  assert_string_equal(f->article.publisher, "Pub");
  assert_string_equal(f->messages, "");
}

static void test_html_record_fields_win(void **state) {
  Fixture *f = *state;
  assert_int_equal(
      read_line(f, "{\"title\": \"Line title\", \"html\": \"<title>Page "
                   "title</title><nav>Menu</nav><p>Body text.</p>\"}"),
      FG_OK);
  assert_string_equal(f->article.headline, "Line title");
  assert_string_equal(text(f),
                      "Line title\n\nBody text.");
}

static void test_page_problems_at_the_line(void **state) {
  Fixture *f = *state;
  assert_int_equal(read_line(f, "{\"html\": \"\\n\\n<p>Text <b x=\\\"y>\"}"),
                   FG_OK);
  assert_string_equal(f->messages, "12: malformed HTML: AttValue: \" expected "
                                   "(and more errors after it)\n");
}

static void test_bad_lines_are_named(void **state) {
  Fixture *f = *state;
  assert_int_equal(read_line(f, "{\"text\": \"unterminated"), FG_ERR_INPUT);
  assert_int_equal(read_line(f, "[\"an array\"]"), FG_ERR_INPUT);
  assert_int_equal(read_line(f, "{\"title\": \"no text\"}"), FG_NOTHING);
  assert_int_equal(read_line(f, "  \t"), FG_NOTHING);
  assert_string_equal(f->messages,
                      "12: malformed JSON at column 23: unterminated string; "
                      "line skipped\n"
                      "12: not a JSON object; line skipped\n"
                      "12: no \"text\" or \"html\" with an article; line "
                      "skipped\n");
}

static const char *parse_error(const char *text) {
  FgJson *json = NULL;
  size_t at;
  const char *error = fg_json_parse(text, strlen(text), &json, &at);
  fg_json_free(json);
  return error;
}

static void test_json_strings(void **state) {
  (void)state;
  const char *in = "\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00"
                   "\\u0000\\udc00x\"";
  FgJson *json = NULL;
  size_t at;
  assert_null(fg_json_parse(in, strlen(in), &json, &at));
  assert_string_equal(fg_json_string(json),
                      "a\"\\/\b\f\n\r\t\xC3\xA9\xF0\x9F\x98\x80"
                      "\xEF\xBF\xBD\xEF\xBF\xBDx");
  fg_json_free(json);
}

static void test_json_errors(void **state) {
  (void)state;
  assert_string_equal(parse_error("{\"a\": 1,}"), "expected a member name");
  assert_string_equal(parse_error("[1 2]"), "expected ',' or ']'");
  assert_string_equal(parse_error("\"tab\there\""), "control character in string");
  assert_string_equal(parse_error("\"\\x\""), "bad escape in string");
  assert_string_equal(parse_error("\"\\u12zz\""), "bad \\u escape");
  assert_string_equal(parse_error("\"\\u12"), "truncated \\u escape");
  assert_string_equal(parse_error("1 2"), "text after the value");
  assert_string_equal(parse_error("-"), "unexpected character");
  assert_string_equal(parse_error("1.e5"), "bad number");
  assert_string_equal(parse_error(""), "unexpected end of input");
  assert_null(parse_error(" {\"k\": [true, false, null, -0.5E+2]} "));
}

static void test_json_depth_limit(void **state) {
  (void)state;
  char deep[2 * FG_JSON_MAX_DEPTH + 3];
  memset(deep, '[', FG_JSON_MAX_DEPTH);
  memset(deep + FG_JSON_MAX_DEPTH, ']', FG_JSON_MAX_DEPTH);
  deep[2 * FG_JSON_MAX_DEPTH] = '\0';
  assert_null(parse_error(deep));
  memmove(deep + 1, deep, 2 * FG_JSON_MAX_DEPTH + 1);
  deep[0] = '[';
  strcat(deep, "]");
  assert_string_equal(parse_error(deep), "nested too deeply");
}

static void test_json_get(void **state) {
  (void)state;
  const char *in = "{\"k\": \"first\", \"k\": \"second\", \"n\": 3}";
  FgJson *json = NULL;
  size_t at;
  assert_null(fg_json_parse(in, strlen(in), &json, &at));
  assert_string_equal(fg_json_string(fg_json_get(json, "k")), "first");
  assert_null(fg_json_string(fg_json_get(json, "n")));
  assert_null(fg_json_get(json, "missing"));
  assert_null(fg_json_get(NULL, "k"));
  fg_json_free(json);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_text_record, setup, teardown),
      cmocka_unit_test_setup_teardown(test_html_record_fields_win, setup, teardown),
      cmocka_unit_test_setup_teardown(test_page_problems_at_the_line, setup, teardown),
      cmocka_unit_test_setup_teardown(test_bad_lines_are_named, setup, teardown),
      cmocka_unit_test(test_json_strings),
      cmocka_unit_test(test_json_errors),
      cmocka_unit_test(test_json_depth_limit),
      cmocka_unit_test(test_json_get),
  };
  return cmocka_run_group_tests_name("jsonl", tests, NULL, NULL);
}
