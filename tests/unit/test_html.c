/* SPDX-License-Identifier: MIT */
/* The HTML reader: article body, clutter, metadata and hostile pages. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/html.h"

#include "reader_fixture.h"

static FgStatus read_html(Fixture *f, const char *html) {
  FgInputReport report = report_to(f, "test.html");
  return fg_html_read(html, strlen(html), &report, &f->article);
}

static const char CLUTTERED[] =
    "<!DOCTYPE html><html><head><title>Site | Page</title>"
    "<style>p{color:red}</style><script>var tracking = 1;</script></head>"
    "<body><div class=\"cookie-banner\">We use cookies.</div>"
    "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
    "<article><h1>Storm hits the coast</h1>"
    "<div class=\"share-tools\">Share on Facebook</div>"
    "<figure><img src=\"a.jpg\"><figcaption>Waves in Mombasa. "
    "<span>Photo: Agency</span></figcaption></figure>"
    "<p>The first paragraph &amp; its <b>bold</b> words.</p>"
    "<!-- an editor's comment -->"
    "<aside class=\"related\"><ul><li>Older story</li></ul></aside>"
    "<p>The second\n   paragraph.</p></article>"
    "<section class=\"comments\"><p>A reader writes a long comment "
    "here that has more words than any paragraph in the article.</p>"
    "</section><footer>Copyright</footer></body></html>";

static void test_article_without_clutter(void **state) {
  Fixture *f = *state;
  assert_int_equal(read_html(f, CLUTTERED), FG_OK);
  assert_string_equal(text(f), "Storm hits the coast\n\n"
                               "The first paragraph & its bold words.\n\n"
                               "The second paragraph.");
  assert_string_equal(f->article.headline, "Storm hits the coast");
  assert_string_equal(f->messages, "");
}

/* The headline is put first only when no paragraph is the headline. */
static void test_headline_once(void **state) {
  Fixture *f = *state;
  assert_int_equal(
      read_html(f, "<head><meta property=\"og:title\" content=\"Big news\">"
                   "</head><body><div id=\"c\"><div>Tuesday, 4 March</div>"
                   "<h1>Big news</h1><p>Body one.</p><p>Body two.</p></div>"
                   "</body>"),
      FG_OK);
  assert_string_equal(text(f), "Tuesday, 4 March\n\nBig news\n\nBody one.\n\n"
                               "Body two.");
  fg_article_free(&f->article);
  assert_int_equal(read_html(f, "<title>Big news</title><p>Big news today.</p>"),
                   FG_OK);
  assert_string_equal(text(f), "Big news\n\nBig news today.");
}

static void test_item_prop_wins_over_article(void **state) {
  Fixture *f = *state;
  assert_int_equal(
      read_html(f, "<body><article><p>Teaser text.</p>"
                   "<div itemprop=\"articleBody\"><p>Real body.</p></div>"
                   "</article></body>"),
      FG_OK);
  assert_string_equal(text(f), "Real body.");
}

static void test_densest_paragraphs(void **state) {
  Fixture *f = *state;
  assert_int_equal(
      read_html(f, "<body><div><p>Short.</p></div>"
                   "<div id=\"main\"><p>One long paragraph of text.</p>"
                   "<p>And another one.</p></div></body>"),
      FG_OK);
  assert_string_equal(text(f),
                      "One long paragraph of text.\n\nAnd another one.");
}

static const char META[] =
    "<html><head><title>Title tag</title>"
    "<meta property=\"og:title\" content=\"OG title\">"
    "<meta property=\"og:url\" content=\"https://example.org/og\">"
    "<meta property=\"og:site_name\" content=\"The Courier\">"
    "<meta name=\"author\" content=\"Meta Author\">"
    "<meta property=\"article:published_time\" content=\"2024-02-03T10:00Z\">"
    "<link rel=\"canonical\" href=\"https://example.org/canonical\">"
    "<script type=\"application/ld+json\">%s</script>"
    "</head><body><p>Body.</p></body></html>";

static void read_meta(Fixture *f, const char *json_ld) {
  char page[2048];
  snprintf(page, sizeof page, META, json_ld);
  assert_int_equal(read_html(f, page), FG_OK);
}

static void test_json_ld_first(void **state) {
  Fixture *f = *state;
  read_meta(f, "{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": "
               "[\"NewsArticle\"], \"headline\": \"LD headline\", "
               "\"datePublished\": \"2024-02-01\", \"author\": [{\"name\": "
               "\"Ann One\"}, \"Bo Two\"], \"publisher\": {\"name\": \"LD "
               "Pub\"}, \"mainEntityOfPage\": {\"@id\": "
               "\"https://example.org/ld\"}}]}");
  assert_string_equal(f->article.headline, "LD headline");
  assert_string_equal(f->article.date, "2024-02-01");
  assert_string_equal(f->article.author, "Ann One, Bo Two");
  assert_string_equal(f->article.publisher, "LD Pub");
  assert_string_equal(f->article.url, "https://example.org/ld");
  assert_string_equal(text(f), "LD headline\n\nBody.");
}

static void test_meta_when_json_ld_is_broken(void **state) {
  Fixture *f = *state;
  read_meta(f, "{\"@type\": \"NewsArticle\", \"headline\": ");
  assert_string_equal(f->article.headline, "OG title");
  assert_string_equal(f->article.date, "2024-02-03");
  assert_string_equal(f->article.author, "Meta Author");
  assert_string_equal(f->article.publisher, "The Courier");
  assert_string_equal(f->article.url, "https://example.org/canonical");
}

static void test_title_last(void **state) {
  Fixture *f = *state;
  assert_int_equal(read_html(f, "<title>Only  the\ttitle</title><p>Text.</p>"),
                   FG_OK);
  assert_string_equal(f->article.headline, "Only the title");
  assert_null(f->article.url);
  assert_null(f->article.date);
}

static void test_charset_declaration_ignored(void **state) {
  Fixture *f = *state;
  assert_int_equal(
      read_html(f, "<meta charset=\"iso-8859-1\"><p>S\xC3\xA3o Tom\xC3\xA9 "
                   "&#8212; &eacute;</p>"),
      FG_OK);
  assert_string_equal(text(f), "S\xC3\xA3o Tom\xC3\xA9 \xE2\x80\x94 \xC3\xA9");
}

static void test_malformed_page_warns(void **state) {
  Fixture *f = *state;
  assert_int_equal(read_html(f, "<p>Unclosed <b attr=\"x>text &bogus"),
                   FG_OK);
  assert_non_null(strstr(f->messages, "malformed HTML"));
}

/* libxml2 stops at depth 256: the deep text is lost, with a warning,
 * and nothing crashes or recurses 100,000 times. */
static void test_deep_nesting(void **state) {
  Fixture *f = *state;
  size_t depth = 100000, len = depth * 11 + 64;
  char *page = malloc(len);
  assert_non_null(page);
  char *p = page;
  for (size_t i = 0; i < depth; i++)
    p += sprintf(p, "<div>");
  p += sprintf(p, "<p>deep</p>");
  for (size_t i = 0; i < depth; i++)
    p += sprintf(p, "</div>");
  FgStatus st = read_html(f, page);
  free(page);
  assert_true(st == FG_NOTHING || st == FG_OK);
  assert_non_null(strstr(f->messages, "depth"));
}

static void test_nothing_in_page(void **state) {
  Fixture *f = *state;
  assert_int_equal(read_html(f, "<html><script>x()</script></html>"),
                   FG_NOTHING);
  assert_int_equal(f->article.text.len, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_article_without_clutter, setup, teardown),
      cmocka_unit_test_setup_teardown(test_headline_once, setup, teardown),
      cmocka_unit_test_setup_teardown(test_item_prop_wins_over_article, setup, teardown),
      cmocka_unit_test_setup_teardown(test_densest_paragraphs, setup, teardown),
      cmocka_unit_test_setup_teardown(test_json_ld_first, setup, teardown),
      cmocka_unit_test_setup_teardown(test_meta_when_json_ld_is_broken, setup, teardown),
      cmocka_unit_test_setup_teardown(test_title_last, setup, teardown),
      cmocka_unit_test_setup_teardown(test_charset_declaration_ignored, setup, teardown),
      cmocka_unit_test_setup_teardown(test_malformed_page_warns, setup, teardown),
      cmocka_unit_test_setup_teardown(test_deep_nesting, setup, teardown),
      cmocka_unit_test_setup_teardown(test_nothing_in_page, setup, teardown),
  };
  return cmocka_run_group_tests_name("html", tests, NULL, NULL);
}
