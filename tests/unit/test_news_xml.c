/* SPDX-License-Identifier: MIT */
/* The news XML reader: NITF, NewsML-G2, and XML that attacks the parser. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input/xml.h"

#include "reader_fixture.h"

static FgStatus read_xml(Fixture *f, const char *xml) {
  FgInputReport report = report_to(f, "test.xml");
  return fg_news_xml_read(xml, strlen(xml), &report, &f->article);
}

static const char NITF[] =
    "<?xml version=\"1.0\"?>\n<nitf><head><title>Head title</title>"
    "<docdata><date.issue norm=\"20240305T120000Z\"/>"
    "<doc.copyright holder=\"Copyright Holder\"/></docdata>"
    "<pubdata name=\"Wire Name\" ex-ref=\"https://wire.example/1\"/></head>"
    "<body><body.head><hedline><hl1>The headline</hl1><hl2>Deck</hl2>"
    "</hedline><byline>By <person>Ann Reporter</person>, Wire</byline>"
    "<dateline><story.date norm=\"20240304\">March 4</story.date></dateline>"
    "</body.head><body.content><media><media-caption>A photo"
    "</media-caption></media><p>First paragraph.</p><hl2>Subhead</hl2>"
    "<p>Second &amp; last.</p><note><p>Editors only.</p></note>"
    "</body.content></body></nitf>";

static void test_nitf(void **state) {
  Fixture *f = *state;
  assert_int_equal(read_xml(f, NITF), FG_OK);
  assert_string_equal(text(f), "The headline\n\nFirst paragraph.\n\nSubhead\n\n"
                               "Second & last.");
  assert_string_equal(f->article.headline, "The headline");
  assert_string_equal(f->article.author, "Ann Reporter");
  assert_string_equal(f->article.date, "2024-03-04");
  assert_string_equal(f->article.publisher, "Wire Name");
  assert_string_equal(f->article.url, "https://wire.example/1");
  assert_string_equal(f->messages, "");
}

static void test_newsml_inline_xhtml(void **state) {
  Fixture *f = *state;
  assert_int_equal(
      read_xml(f, "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">"
                  "<itemSet><newsItem guid=\"urn:x:1\"><itemMeta>"
                  "<provider literal=\"Provider Lit\"/><versionCreated>"
                  "2024-01-02T03:04:05Z</versionCreated></itemMeta>"
                  "<contentMeta><headline>G2 headline</headline>"
                  "<by>by Bo Writer</by></contentMeta><contentSet>"
                  "<inlineXML><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                  "<body><p>Para one.</p><p>Para two.</p></body></html>"
                  "</inlineXML></contentSet></newsItem></itemSet>"
                  "</newsMessage>"),
      FG_OK);
  assert_string_equal(text(f), "G2 headline\n\nPara one.\n\nPara two.");
  assert_string_equal(f->article.author, "Bo Writer");
  assert_string_equal(f->article.date, "2024-01-02");
  assert_string_equal(f->article.publisher, "Provider Lit");
  assert_null(f->article.url); /* a URN guid is not a web address */
}

static void test_newsml_inline_data(void **state) {
  Fixture *f = *state;
  assert_int_equal(
      read_xml(f, "<newsItem guid=\"https://example.org/2\"><contentSet>"
                  "<inlineData contenttype=\"text/plain\">Line one\n"
                  "still one.\n\n  \nPara two.</inlineData></contentSet>"
                  "</newsItem>"),
      FG_OK);
  assert_string_equal(text(f), "Line one\nstill one.\n\n  \nPara two.");
  assert_string_equal(f->article.url, "https://example.org/2");
}

static const char LAUGHS[] =
    "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY a \"lol\">"
    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
    "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
    "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
    "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
    "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">"
    "<!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>"
    "<nitf><body><body.content><p>Text before. &i;</p>"
    "</body.content></body></nitf>";

static void test_billion_laughs_not_expanded(void **state) {
  Fixture *f = *state;
  FgStatus st = read_xml(f, LAUGHS);
  assert_true(st == FG_OK || st == FG_NOTHING);
  assert_null(strstr(text(f), "lol"));
  assert_true(f->article.text.len < 100);
  assert_non_null(strstr(f->messages, "malformed XML"));
}

static void test_external_entities_never_read(void **state) {
  Fixture *f = *state;
  char path[] = "/tmp/fg-test-xxe-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, "CANARY", 6), 6);
  close(fd);
  char xml[1024];
  snprintf(xml, sizeof xml,
           "<?xml version=\"1.0\"?><!DOCTYPE nitf SYSTEM "
           "\"http://127.0.0.1:9/nitf.dtd\" [<!ENTITY x SYSTEM \"file://%s\">"
           "<!ENTITY y SYSTEM \"http://127.0.0.1:9/y\">]>"
           "<nitf><body><body.content><p>Safe &x; &y; text.</p>"
           "</body.content></body></nitf>",
           path);
  FgStatus st = read_xml(f, xml);
  unlink(path);
  assert_int_equal(st, FG_OK);
  assert_null(strstr(text(f), "CANARY"));
  assert_string_equal(text(f), "Safe text.");
}

static void test_truncated_keeps_what_came_first(void **state) {
  Fixture *f = *state;
  assert_int_equal(
      read_xml(f, "<nitf><body><body.content><p>Complete.</p><p>Cut"), FG_OK);
  assert_string_equal(text(f), "Complete.\n\nCut");
  assert_non_null(strstr(f->messages, "1: malformed XML"));
}

static void test_other_xml_is_refused(void **state) {
  Fixture *f = *state;
  assert_int_equal(read_xml(f, "<rss><channel><item>x</item></channel></rss>"),
                   FG_ERR_INPUT);
  assert_int_equal(read_xml(f, "not xml at all"), FG_ERR_INPUT);
}

static void test_deep_xml_stops_at_the_limit(void **state) {
  Fixture *f = *state;
  size_t depth = 5000;
  char *xml = malloc(depth * 15 + 64);
  assert_non_null(xml);
  char *p = xml + sprintf(xml, "<nitf>");
  for (size_t i = 0; i < depth; i++)
    p += sprintf(p, "<block>");
  sprintf(p, "text");
  FgStatus st = read_xml(f, xml);
  free(xml);
  assert_true(st == FG_NOTHING || st == FG_OK);
  assert_non_null(strstr(f->messages, "depth"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_nitf, setup, teardown),
      cmocka_unit_test_setup_teardown(test_newsml_inline_xhtml, setup, teardown),
      cmocka_unit_test_setup_teardown(test_newsml_inline_data, setup, teardown),
      cmocka_unit_test_setup_teardown(test_billion_laughs_not_expanded, setup, teardown),
      cmocka_unit_test_setup_teardown(test_external_entities_never_read, setup, teardown),
      cmocka_unit_test_setup_teardown(test_truncated_keeps_what_came_first, setup, teardown),
      cmocka_unit_test_setup_teardown(test_other_xml_is_refused, setup, teardown),
      cmocka_unit_test_setup_teardown(test_deep_xml_stops_at_the_limit, setup, teardown),
  };
  return cmocka_run_group_tests_name("news_xml", tests, NULL, NULL);
}
