/* SPDX-License-Identifier: MIT */
/* Unit tests for src/extract/names.c: lookup keys, match keys, acronyms,
 * particles and slugs. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "extract/names.h"
#include "text/text.h"
#include "util/arena.h"
#include "util/buf.h"

typedef struct {
  FgArena *arena;
  FgBuf a, b;
} Fixture;

static int setup(void **state) {
  static Fixture fx;
  fx.arena = fg_arena_new();
  if (!fx.arena)
    return -1;
  fg_buf_init(&fx.a);
  fg_buf_init(&fx.b);
  *state = &fx;
  return 0;
}

static int teardown(void **state) {
  Fixture *fx = *state;
  fg_buf_free(&fx->a);
  fg_buf_free(&fx->b);
  fg_arena_free(fx->arena);
  return 0;
}

static FgTokenized tokens_of(Fixture *fx, const char *name) {
  FgTokenized t;
  fg_arena_reset(fx->arena);
  assert_true(fg_text_analyse(fx->arena, name, strlen(name), &t));
  assert_true(t.token_count > 0);
  return t;
}

/* Writes the match key of a written name into out. */
static void match_key(Fixture *fx, const char *name, bool skeleton,
                      FgBuf *out) {
  FgTokenized t = tokens_of(fx, name);
  FgBuf lookup;
  fg_buf_init(&lookup);
  assert_true(fg_name_lookup_key(t.tokens, 0, t.token_count, &lookup));
  fg_buf_clear(out);
  assert_true(fg_name_match_key(fg_buf_cstr(&lookup), skeleton, out));
  fg_buf_free(&lookup);
}

static void test_lookup_key_joins_initialisms(void **state) {
  Fixture *fx = *state;
  FgTokenized t = tokens_of(fx, "U.S. Army");
  fg_buf_clear(&fx->a);
  assert_true(fg_name_lookup_key(t.tokens, 0, t.token_count, &fx->a));
  assert_string_equal(fg_buf_cstr(&fx->a), "us army");
}

static void test_arabic_article_spellings_agree(void **state) {
  Fixture *fx = *state;
  match_key(fx, "al-Sharif", false, &fx->a);
  assert_true(fx->a.len > 0);
  match_key(fx, "ash-Sharif", false, &fx->b);
  assert_string_equal(fg_buf_cstr(&fx->a), fg_buf_cstr(&fx->b));
  match_key(fx, "Al Shariff", false, &fx->b);
  assert_string_equal(fg_buf_cstr(&fx->a), fg_buf_cstr(&fx->b));
  assert_string_equal(fg_name_last_word(fg_buf_cstr(&fx->a)), "sharif");
}

/* "Abdul" is "Abd al-" written as one word: both give "abd" and the
 * name that follows, the article dropped, in a buffer that already holds
 * text too. */
static void test_fused_abd_splits_off_its_article(void **state) {
  Fixture *fx = *state;
  match_key(fx, "Abd al-Karim Nasser", false, &fx->a);
  assert_string_equal(fg_buf_cstr(&fx->a), "abd karim naser");
  match_key(fx, "Abdulkarim Nasser", false, &fx->b);
  assert_string_equal(fg_buf_cstr(&fx->b), "abd karim naser");
  fg_buf_clear(&fx->b);
  assert_true(fg_buf_append_str(&fx->b, "key:"));
  assert_true(fg_name_match_key("omar abdelkarim", false, &fx->b));
  assert_string_equal(fg_buf_cstr(&fx->b), "key:omar abd karim");
}

static void test_skeleton_tolerates_vowels(void **state) {
  Fixture *fx = *state;
  match_key(fx, "Mustafa", true, &fx->a);
  match_key(fx, "Moustafa", true, &fx->b);
  assert_string_equal(fg_buf_cstr(&fx->a), fg_buf_cstr(&fx->b));
  /* Without the skeleton the two spellings stay apart. */
  match_key(fx, "Mustafa", false, &fx->a);
  match_key(fx, "Moustafa", false, &fx->b);
  assert_string_not_equal(fg_buf_cstr(&fx->a), fg_buf_cstr(&fx->b));
}

/* A skeleton keeps each word's count of vowel runs: Ferro is no Farr,
 * Sharaa still Shara. */
static void test_skeleton_keeps_vowel_runs(void **state) {
  Fixture *fx = *state;
  match_key(fx, "Ferro", true, &fx->a);
  match_key(fx, "Farr", true, &fx->b);
  assert_string_not_equal(fg_buf_cstr(&fx->a), fg_buf_cstr(&fx->b));
  match_key(fx, "Ahmed al-Sharaa", true, &fx->a);
  match_key(fx, "Ahmad Shara", true, &fx->b);
  assert_string_equal(fg_buf_cstr(&fx->a), fg_buf_cstr(&fx->b));
}

static void test_skeleton_keeps_different_names_apart(void **state) {
  Fixture *fx = *state;
  match_key(fx, "Okafor", true, &fx->a);
  match_key(fx, "Okonkwo", true, &fx->b);
  assert_string_not_equal(fg_buf_cstr(&fx->a), fg_buf_cstr(&fx->b));
}

static void test_acronym_skips_particles(void **state) {
  Fixture *fx = *state;
  FgTokenized t = tokens_of(fx, "National Liberation Front");
  fg_buf_clear(&fx->a);
  assert_true(fg_name_acronym(t.tokens, 0, t.token_count, &fx->a));
  assert_string_equal(fg_buf_cstr(&fx->a), "nlf");

  t = tokens_of(fx, "Front for the Liberation of Ogaden");
  fg_buf_clear(&fx->a);
  assert_true(fg_name_acronym(t.tokens, 0, t.token_count, &fx->a));
  assert_string_equal(fg_buf_cstr(&fx->a), "flo");

  t = tokens_of(fx, "Jaysh al-Nasr");
  fg_buf_clear(&fx->a);
  assert_true(fg_name_acronym(t.tokens, 0, t.token_count, &fx->a));
  assert_string_equal(fg_buf_cstr(&fx->a), "jn");
}

static void test_slug(void **state) {
  Fixture *fx = *state;
  fg_buf_clear(&fx->a);
  assert_true(fg_name_slug("Bogot\xC3\xA1 Caf\xC3\xA9", &fx->a));
  assert_string_equal(fg_buf_cstr(&fx->a), "bogota-cafe");
  fg_buf_clear(&fx->a);
  assert_true(fg_name_slug("  Abd al-Rahim, Jr. ", &fx->a));
  assert_string_equal(fg_buf_cstr(&fx->a), "abd-al-rahim-jr");
  /* Cyrillic and Greek are transliterated; other scripts give nothing */
  fg_buf_clear(&fx->a);
  assert_true(fg_name_slug("\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80 "
                           "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD", &fx->a));
  assert_string_equal(fg_buf_cstr(&fx->a), "vladimir-putin");
  fg_buf_clear(&fx->a);
  assert_true(fg_name_slug("\xCE\x91\xCE\xBB\xCE\xAD\xCE\xBE\xCE\xB7\xCF\x82 "
                           "\xCE\xA4\xCF\x83\xCE\xAF\xCF\x80\xCF\x81\xCE\xB1\xCF\x82", &fx->a));
  assert_string_equal(fg_buf_cstr(&fx->a), "alexis-tsipras");
  fg_buf_clear(&fx->a);
  assert_true(fg_name_slug("\xD5\x86\xD5\xAB\xD5\xAF\xD5\xB8\xD5\xAC", &fx->a));
  assert_string_equal(fg_buf_cstr(&fx->a), "");
}

static void test_particles(void **state) {
  (void)state;
  assert_true(fg_name_is_particle("al"));
  assert_true(fg_name_is_particle("ash"));
  assert_true(fg_name_is_particle("bin"));
  assert_true(fg_name_is_particle("von"));
  assert_false(fg_name_is_particle("okafor"));
  assert_false(fg_name_is_particle("front"));
  assert_false(fg_name_is_particle(""));
  /* the Arabic articles among them */
  assert_true(fg_name_is_article("al") && fg_name_is_article("ash"));
  assert_false(fg_name_is_article("bin") || fg_name_is_article("von") || fg_name_is_article(""));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lookup_key_joins_initialisms),
      cmocka_unit_test(test_arabic_article_spellings_agree),
      cmocka_unit_test(test_fused_abd_splits_off_its_article),
      cmocka_unit_test(test_skeleton_tolerates_vowels),
      cmocka_unit_test(test_skeleton_keeps_vowel_runs),
      cmocka_unit_test(test_skeleton_keeps_different_names_apart),
      cmocka_unit_test(test_acronym_skips_particles),
      cmocka_unit_test(test_slug),
      cmocka_unit_test(test_particles),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
