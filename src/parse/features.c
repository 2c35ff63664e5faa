/* SPDX-License-Identifier: MIT */
/* Parser feature extraction: atoms per word, a value array per state, and
 * a static template table over it. */
#include "parse/features.h"

#include <stdbool.h>
#include <string.h>
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define HAVE_X86_KEYS 1
#endif

#include "util/intern.h"

/* The item and template tables read better aligned: */
/* clang-format off */

/* Context items of a state (what the templates look at). */
enum {
  I_S0, I_S1, I_S2, I_N0, I_N1, I_N2,
  I_S0L, I_S0L2, I_S0R, I_S0R2, I_S1L, I_S1R, I_N0L, I_N0L2,
  I_DIST, /* W: distance s0-n0, T: distance s1-s0 */
  I_COUNT
};
/* Fields of an item. */
enum {
  F_W, F_T, F_P, F_X,   /* word, tag, upos, suffix */
  F_S,                  /* shape */
  F_L,                  /* label as a dependent */
  F_VL, F_VR,           /* number of left and right dependents */
  F_SL, F_SR,           /* left and right label sets */
  F_COUNT
};

#define A(item, field) ((uint8_t)((item) * F_COUNT + (field) + 1))
#define NO 0 /* unused slot */

typedef struct {
  uint8_t a, b, c;
} Template;

/* Template id = row index. Append rows at the end; the table's hash goes
 * into the model, so any change makes old models refuse to load. */
static const Template TEMPLATES[] = {
    /* single words */
    {A(I_S0, F_W), NO, NO}, {A(I_S0, F_T), NO, NO},
    {A(I_S0, F_W), A(I_S0, F_T), NO}, {A(I_S0, F_P), NO, NO},
    {A(I_N0, F_W), NO, NO}, {A(I_N0, F_T), NO, NO},
    {A(I_N0, F_W), A(I_N0, F_T), NO}, {A(I_N0, F_P), NO, NO},
    {A(I_N1, F_W), NO, NO}, {A(I_N1, F_T), NO, NO},
    {A(I_N1, F_W), A(I_N1, F_T), NO}, {A(I_N2, F_W), NO, NO},
    {A(I_N2, F_T), NO, NO}, {A(I_S1, F_W), NO, NO},
    {A(I_S1, F_T), NO, NO}, {A(I_S1, F_W), A(I_S1, F_T), NO},
    {A(I_S1, F_P), NO, NO}, {A(I_S2, F_W), NO, NO},
    {A(I_S2, F_T), NO, NO}, {A(I_S0, F_X), NO, NO},
    {A(I_N0, F_X), NO, NO}, {A(I_N1, F_X), NO, NO},
    /* pairs s0-n0 */
    {A(I_S0, F_W), A(I_S0, F_T), A(I_N0, F_W)},
    {A(I_S0, F_W), A(I_N0, F_W), A(I_N0, F_T)},
    {A(I_S0, F_W), A(I_S0, F_T), A(I_N0, F_T)},
    {A(I_S0, F_T), A(I_N0, F_W), A(I_N0, F_T)},
    {A(I_S0, F_W), A(I_N0, F_W), NO}, {A(I_S0, F_T), A(I_N0, F_T), NO},
    {A(I_S0, F_P), A(I_N0, F_P), NO}, {A(I_N0, F_T), A(I_N1, F_T), NO},
    {A(I_N0, F_W), A(I_N1, F_W), NO},
    /* pairs s1-s0 (RIGHT attaches s0 to s1) */
    {A(I_S1, F_W), A(I_S0, F_W), NO}, {A(I_S1, F_T), A(I_S0, F_T), NO},
    {A(I_S1, F_W), A(I_S0, F_T), NO}, {A(I_S1, F_T), A(I_S0, F_W), NO},
    {A(I_S1, F_P), A(I_S0, F_P), NO},
    {A(I_S1, F_W), A(I_S1, F_T), A(I_S0, F_T)},
    {A(I_S1, F_T), A(I_S0, F_W), A(I_S0, F_T)},
    /* three tags */
    {A(I_N0, F_T), A(I_N1, F_T), A(I_N2, F_T)},
    {A(I_S0, F_T), A(I_N0, F_T), A(I_N1, F_T)},
    {A(I_S1, F_T), A(I_S0, F_T), A(I_N0, F_T)},
    {A(I_S0, F_T), A(I_S0L, F_T), A(I_N0, F_T)},
    {A(I_S0, F_T), A(I_S0R, F_T), A(I_N0, F_T)},
    {A(I_S0, F_T), A(I_N0, F_T), A(I_N0L, F_T)},
    {A(I_S1, F_T), A(I_S0, F_T), A(I_S0L, F_T)},
    {A(I_S1, F_T), A(I_S0, F_T), A(I_S0R, F_T)},
    {A(I_S1, F_T), A(I_S1R, F_T), A(I_S0, F_T)},
    {A(I_S1, F_T), A(I_S1L, F_T), A(I_S0, F_T)},
    {A(I_S2, F_T), A(I_S1, F_T), A(I_S0, F_T)},
    {A(I_S0, F_W), A(I_N0, F_T), A(I_N1, F_T)},
    {A(I_S1, F_T), A(I_S0, F_T), A(I_N0, F_W)},
    /* distance */
    {A(I_S0, F_W), A(I_DIST, F_W), NO}, {A(I_S0, F_T), A(I_DIST, F_W), NO},
    {A(I_N0, F_W), A(I_DIST, F_W), NO}, {A(I_N0, F_T), A(I_DIST, F_W), NO},
    {A(I_S0, F_W), A(I_N0, F_W), A(I_DIST, F_W)},
    {A(I_S0, F_T), A(I_N0, F_T), A(I_DIST, F_W)},
    {A(I_S1, F_W), A(I_DIST, F_T), NO}, {A(I_S0, F_W), A(I_DIST, F_T), NO},
    {A(I_S1, F_T), A(I_S0, F_T), A(I_DIST, F_T)},
    {A(I_S1, F_W), A(I_S0, F_W), A(I_DIST, F_T)},
    /* valency */
    {A(I_S0, F_W), A(I_S0, F_VR), NO}, {A(I_S0, F_T), A(I_S0, F_VR), NO},
    {A(I_S0, F_W), A(I_S0, F_VL), NO}, {A(I_S0, F_T), A(I_S0, F_VL), NO},
    {A(I_N0, F_W), A(I_N0, F_VL), NO}, {A(I_N0, F_T), A(I_N0, F_VL), NO},
    {A(I_S1, F_W), A(I_S1, F_VR), NO}, {A(I_S1, F_T), A(I_S1, F_VR), NO},
    {A(I_S1, F_T), A(I_S1, F_VL), NO},
    /* first-order dependents */
    {A(I_S0L, F_W), NO, NO}, {A(I_S0L, F_T), NO, NO}, {A(I_S0L, F_L), NO, NO},
    {A(I_S0R, F_W), NO, NO}, {A(I_S0R, F_T), NO, NO}, {A(I_S0R, F_L), NO, NO},
    {A(I_N0L, F_W), NO, NO}, {A(I_N0L, F_T), NO, NO}, {A(I_N0L, F_L), NO, NO},
    {A(I_S1R, F_T), NO, NO}, {A(I_S1R, F_L), NO, NO}, {A(I_S1L, F_L), NO, NO},
    {A(I_S0, F_P), A(I_S0L, F_L), NO}, {A(I_S0, F_P), A(I_S0R, F_L), NO},
    {A(I_N0, F_P), A(I_N0L, F_L), NO}, {A(I_S1, F_P), A(I_S1R, F_L), NO},
    /* second-order dependents */
    {A(I_S0L2, F_W), NO, NO}, {A(I_S0L2, F_T), NO, NO},
    {A(I_S0L2, F_L), NO, NO}, {A(I_S0R2, F_W), NO, NO},
    {A(I_S0R2, F_T), NO, NO}, {A(I_S0R2, F_L), NO, NO},
    {A(I_N0L2, F_W), NO, NO}, {A(I_N0L2, F_T), NO, NO},
    {A(I_N0L2, F_L), NO, NO},
    {A(I_S0, F_T), A(I_S0L, F_T), A(I_S0L2, F_T)},
    {A(I_S0, F_T), A(I_S0R, F_T), A(I_S0R2, F_T)},
    {A(I_N0, F_T), A(I_N0L, F_T), A(I_N0L2, F_T)},
    /* label sets */
    {A(I_S0, F_W), A(I_S0, F_SR), NO}, {A(I_S0, F_T), A(I_S0, F_SR), NO},
    {A(I_S0, F_W), A(I_S0, F_SL), NO}, {A(I_S0, F_T), A(I_S0, F_SL), NO},
    {A(I_N0, F_W), A(I_N0, F_SL), NO}, {A(I_N0, F_T), A(I_N0, F_SL), NO},
    {A(I_S1, F_T), A(I_S1, F_SR), NO}, {A(I_S1, F_T), A(I_S1, F_SL), NO},
    /* suffixes and shapes, which hold when a tag is wrong */
    {A(I_S0, F_X), A(I_N0, F_X), NO}, {A(I_S0, F_X), A(I_N0, F_T), NO},
    {A(I_S0, F_T), A(I_N0, F_X), NO}, {A(I_S1, F_X), A(I_S0, F_X), NO},
    {A(I_S1, F_X), NO, NO}, {A(I_N2, F_X), NO, NO},
    {A(I_S0, F_S), NO, NO}, {A(I_N0, F_S), NO, NO}, {A(I_N1, F_S), NO, NO},
    {A(I_S0, F_S), A(I_N0, F_S), NO},
    {A(I_S0, F_P), A(I_N0, F_P), A(I_N1, F_P)},
    {A(I_S1, F_P), A(I_S0, F_P), A(I_N0, F_P)},
};

/* clang-format on */

#define N_TEMPLATES (sizeof TEMPLATES / sizeof TEMPLATES[0])
_Static_assert(N_TEMPLATES <= FG_PA_MAX_FEATURES, "too many templates");
_Static_assert(FG_PA_MAX_FEATURES % 8 == 0, "keys go 8 at a time");

#define MIX_MUL_1 0xff51afd7ed558ccdull
#define MIX_MUL_2 0xc4ceb9fe1a85ec53ull

static inline uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= MIX_MUL_1;
  h ^= h >> 33;
  h *= MIX_MUL_2;
  h ^= h >> 33;
  return h;
}

/* FNV-1a over the ASCII-lowercased bytes: cheap and stable. */
static uint64_t hash_lower(const char *s, size_t len, uint64_t seed) {
  uint64_t h = 0xcbf29ce484222325ull ^ seed;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z')
      c = (unsigned char)(c + 32);
    h = (h ^ c) * 0x100000001b3ull;
  }
  return mix(h);
}

/* The word's shape with runs collapsed: "Kennedy" Xx, "U.S." X.X.,
 * "1990s" dx; bytes beyond ASCII are u. */
static uint64_t hash_shape(const char *s, size_t len) {
  uint64_t h = 0xcbf29ce484222325ull;
  unsigned char last = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    c = c >= 'A' && c <= 'Z'   ? 'X'
        : c >= 'a' && c <= 'z' ? 'x'
        : c >= '0' && c <= '9' ? 'd'
        : c >= 0x80            ? 'u'
                               : c;
    if (c != last)
      h = (h ^ c) * 0x100000001b3ull;
    last = c;
  }
  return mix(h ^ 9);
}

static uint64_t hash_str(const char *s, uint64_t seed) {
  return s ? hash_lower(s, strlen(s), seed) : seed;
}

void fg_pa_atoms(const FgWord *words, uint32_t n, FgPaAtoms *atoms) {
  atoms[0] = (FgPaAtoms){1, 1, 1, 1, 1};     /* root */
  atoms[n + 1] = (FgPaAtoms){2, 2, 2, 2, 2}; /* none */
  for (uint32_t i = 1; i <= n; i++) {
    const FgWord *w = &words[i - 1];
    size_t len = w->form ? w->form_len : 0;
    const char *form = w->form ? w->form : "";
    size_t cut = len > 3 ? len - 3 : 0;
    /* a cut inside a UTF-8 sequence still hashes consistently */
    atoms[i].word = hash_lower(form, len, 3);
    atoms[i].suffix = hash_lower(form + cut, len - cut, 4);
    atoms[i].shape = hash_shape(form, len);
    atoms[i].tag = w->xpos ? hash_str(w->xpos, 5) : mix(w->upos + 6ull);
    atoms[i].upos = mix(w->upos + 7ull);
  }
}

static uint64_t bucket_distance(uint32_t a, uint32_t b) {
  uint32_t d = a > b ? a - b : b - a;
  return d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
}

static void fill_item(uint64_t *v, const FgHyState *st, const FgPaAtoms *at,
                      uint32_t w) {
  uint32_t none = st->n + 1;
  if (w == UINT32_MAX)
    w = none;
  const FgPaAtoms *a = &at[w <= none ? w : none];
  v[F_W] = a->word;
  v[F_T] = a->tag;
  v[F_P] = a->upos;
  v[F_X] = a->suffix;
  v[F_S] = a->shape;
  if (w >= 1 && w <= st->n) {
    const FgHyNode *nd = &st->node[w];
    v[F_L] = nd->label + 1u;
    v[F_VL] = nd->n_left < 15 ? nd->n_left : 15;
    v[F_VR] = nd->n_right < 15 ? nd->n_right : 15;
    v[F_SL] = nd->left_labels;
    v[F_SR] = nd->right_labels;
  } else {
    v[F_L] = v[F_VL] = v[F_VR] = v[F_SL] = v[F_SR] = w == 0 ? 99 : 98;
  }
}

/* A dependent of w (0 when none) as an item index. */
static uint32_t dep(const FgHyState *st, uint32_t w, int which) {
  if (w == UINT32_MAX)
    return UINT32_MAX;
  const FgHyNode *nd = &st->node[w];
  uint32_t d = which == 0 ? nd->l1 : which == 1 ? nd->l2
             : which == 2 ? nd->r1 : nd->r2;
  return d ? d : UINT32_MAX;
}

_Static_assert(FG_PA_VALUES == 1 + I_COUNT * F_COUNT, "value count");

void fg_pa_values(const FgHyState *st, const FgPaAtoms *atoms, uint64_t *v) {
  uint32_t s0 = fg_hy_s(st, 0), s1 = fg_hy_s(st, 1), s2 = fg_hy_s(st, 2);
  uint32_t n = st->n, b = st->b;
  uint32_t n0 = b <= n ? b : UINT32_MAX;
  uint32_t n1 = b + 1 <= n ? b + 1 : UINT32_MAX;
  uint32_t n2 = b + 2 <= n ? b + 2 : UINT32_MAX;
  const uint32_t items[I_DIST] = {
      s0, s1, s2, n0, n1, n2,
      dep(st, s0, 0), dep(st, s0, 1), dep(st, s0, 2), dep(st, s0, 3),
      dep(st, s1, 0), dep(st, s1, 2), dep(st, n0, 0), dep(st, n0, 1)};
  v[0] = 0;
  for (unsigned i = 0; i < I_DIST; i++)
    fill_item(&v[1 + i * F_COUNT], st, atoms, items[i]);
  uint64_t *dist = &v[1 + I_DIST * F_COUNT];
  for (unsigned f = 0; f < F_COUNT; f++)
    dist[f] = 0;
  dist[F_W] = s0 != UINT32_MAX && n0 != UINT32_MAX ? bucket_distance(s0, n0)
                                                   : 8;
  dist[F_T] = s0 != UINT32_MAX && s1 != UINT32_MAX ? bucket_distance(s1, s0)
                                                   : 8;
}

/* the multipliers of the template id and value b, and of value c */
#define KEY_MUL_T 0x9e3779b97f4a7c15ull
#define KEY_MUL_C 0xc2b2ae3d27d4eb4full

static inline uint64_t template_key(size_t t, const uint64_t *v, uint64_t seed) {
  const Template *tp = &TEMPLATES[t];
  uint64_t h = mix(seed ^ (t + 1) * KEY_MUL_T ^ v[tp->a]);
  if (tp->b)
    h = mix(h ^ v[tp->b] * KEY_MUL_T);
  if (tp->c)
    h = mix(h ^ v[tp->c] * KEY_MUL_C);
  return h;
}

size_t fg_pa_features(const FgHyState *st, const FgPaAtoms *atoms,
                      uint64_t seed, uint64_t *keys) {
  uint64_t v[FG_PA_VALUES];
  fg_pa_values(st, atoms, v);
  for (size_t t = 0; t < N_TEMPLATES; t++)
    keys[t] = template_key(t, v, seed);
  return N_TEMPLATES;
}

/* The group of one value (fg_pa_plan's comment says why), FG_PA_GROUPS
 * for the unused slot, which any group may have. */
static unsigned atom_group(uint8_t atom) {
  if (atom == NO)
    return FG_PA_GROUPS;
  unsigned item = (atom - 1u) / F_COUNT, field = (atom - 1u) % F_COUNT;
  bool word = field <= F_S; /* the word's own atoms, never its arcs */
  switch (item) {
  case I_S1: case I_S2: case I_S1L: case I_S1R: case I_S0L: case I_S0L2:
    return FG_PA_STACK;
  case I_S0: /* its left dependents are all attached once it is pushed */
    return word || field == F_VL || field == F_SL ? FG_PA_STACK : FG_PA_STATE;
  case I_DIST:
    return field == F_T ? FG_PA_STACK : FG_PA_STATE;
  case I_N1: case I_N2: /* no word after n0 has dependents yet */
    return FG_PA_BUFFER;
  case I_N0:
    return word ? FG_PA_BUFFER : FG_PA_STATE;
  default:
    return FG_PA_STATE;
  }
}

void fg_pa_plan(FgPaPlan *plan) {
  memset(plan, 0, sizeof *plan);
#if defined(HAVE_X86_KEYS)
  plan->simd = __builtin_cpu_supports("avx512f") &&
               __builtin_cpu_supports("avx512dq");
#endif
  for (size_t t = 0; t < N_TEMPLATES; t++) {
    const uint8_t atoms[3] = {TEMPLATES[t].a, TEMPLATES[t].b, TEMPLATES[t].c};
    unsigned group = FG_PA_GROUPS;
    for (int i = 0; i < 3; i++) {
      unsigned g = atom_group(atoms[i]);
      if (g != FG_PA_GROUPS)
        group = group == FG_PA_GROUPS || group == g ? g : FG_PA_STATE;
    }
    if (group == FG_PA_GROUPS)
      group = FG_PA_STATE;
    for (int i = 0; i < 3; i++)
      plan->atoms[i][group][plan->count[group]] = atoms[i];
    plan->templates[group][plan->count[group]++] = (uint8_t)t;
  }
}

#if defined(HAVE_X86_KEYS)
/* mix, eight keys at once */
__attribute__((target("avx512f,avx512dq"))) static inline __m512i
mix8(__m512i h) {
  h = _mm512_xor_si512(h, _mm512_srli_epi64(h, 33));
  h = _mm512_mullo_epi64(h, _mm512_set1_epi64((long long)MIX_MUL_1));
  h = _mm512_xor_si512(h, _mm512_srli_epi64(h, 33));
  h = _mm512_mullo_epi64(h, _mm512_set1_epi64((long long)MIX_MUL_2));
  return _mm512_xor_si512(h, _mm512_srli_epi64(h, 33));
}

/* The plan's bytes row[i..i+8) as eight 64-bit lanes, and the values
 * at those indexes */
#define LANES(row)                                                             \
  _mm512_cvtepu8_epi64(                                                        \
      _mm_loadl_epi64((const __m128i *)(const void *)((row) + i)))
#define VALUES(index)                                                          \
  _mm512_mask_i64gather_epi64(_mm512_setzero_si512(), live, index, v, 8)

/* template_key for eight templates at once: the multiplies, most of the
 * key's cost, go eight to an instruction. Every lane takes all three
 * mixes and keeps the second and third only where the template reads b
 * and c. Lanes past the group's count (live) are neither gathered nor
 * stored; their plan bytes are in the row (i + 8 <= FG_PA_MAX_FEATURES,
 * a multiple of 8). */
__attribute__((target("avx512f,avx512dq"))) static void
group_keys_avx512(const FgPaPlan *plan, unsigned group, const uint64_t *v,
                  uint64_t seed, uint64_t *keys) {
  const uint8_t *templates = plan->templates[group];
  const uint8_t *a = plan->atoms[0][group], *b = plan->atoms[1][group],
                *c = plan->atoms[2][group];
  size_t n = plan->count[group];
  const __m512i mul_t = _mm512_set1_epi64((long long)KEY_MUL_T);
  const __m512i mul_c = _mm512_set1_epi64((long long)KEY_MUL_C);
  const __m512i one = _mm512_set1_epi64(1);
  const __m512i seeds = _mm512_set1_epi64((long long)seed);
  for (size_t i = 0; i < n; i += 8) {
    __mmask8 live = (__mmask8)(n - i >= 8 ? 0xffu : (1u << (n - i)) - 1);
    __m512i ib = LANES(b), ic = LANES(c);
    __m512i id = _mm512_add_epi64(LANES(templates), one);
    __m512i h = _mm512_xor_si512(seeds, _mm512_mullo_epi64(id, mul_t));
    h = mix8(_mm512_xor_si512(h, VALUES(LANES(a))));
    __m512i hb = _mm512_xor_si512(h, _mm512_mullo_epi64(VALUES(ib), mul_t));
    h = _mm512_mask_blend_epi64(_mm512_test_epi64_mask(ib, ib), h, mix8(hb));
    __m512i hc = _mm512_xor_si512(h, _mm512_mullo_epi64(VALUES(ic), mul_c));
    h = _mm512_mask_blend_epi64(_mm512_test_epi64_mask(ic, ic), h, mix8(hc));
    _mm512_mask_storeu_epi64(keys + i, live, h);
  }
}
#undef VALUES
#undef LANES
#endif

size_t fg_pa_group_keys(const FgPaPlan *plan, unsigned group, const uint64_t *v,
                        uint64_t seed, uint64_t *keys) {
#if defined(HAVE_X86_KEYS)
  if (plan->simd) {
    group_keys_avx512(plan, group, v, seed, keys);
    return plan->count[group];
  }
#endif
  /* in locals: a store to keys could change the plan's bytes, as far as
   * the compiler knows, so it read them again for every key */
  const uint8_t *templates = plan->templates[group];
  size_t n = plan->count[group];
  for (size_t i = 0; i < n; i++)
    keys[i] = template_key(templates[i], v, seed);
  return n;
}

uint64_t fg_pa_template_hash(void) {
  uint8_t bytes[sizeof TEMPLATES / sizeof TEMPLATES[0] * 3 + 2];
  size_t k = 0;
  for (size_t t = 0; t < N_TEMPLATES; t++) {
    bytes[k++] = TEMPLATES[t].a;
    bytes[k++] = TEMPLATES[t].b;
    bytes[k++] = TEMPLATES[t].c;
  }
  bytes[k++] = I_COUNT; /* the item and field layout too */
  bytes[k++] = F_COUNT;
  return fg_hash(bytes, k) ^ hash_lower("arc-hybrid-zn1", 14, 0);
}
