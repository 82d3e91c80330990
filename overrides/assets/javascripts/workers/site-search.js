/* The site's search worker: Material's own (named after "?material=", next to
   this file), with matching that ignores accents, so "integration" finds
   "intégration" and "reexamen" finds "réexamen" (scripts/hooks/search_per_language.py
   points every page's script here). It lives in Material's workers/ folder
   because Material's worker loads its language files from "../lunr/".

   Lunr, which Material's worker builds its index with, runs every word of a
   page through a pipeline (stop words, and a stemmer where Material keeps
   one); a query's words with a wildcard, which Material adds to every word
   so results come while typing, skip the search pipeline. So:
   - indexing: after the language's own steps, each word with an accent is
     also indexed without it, at the same place in the text (results still
     highlight the word as written);
   - searching: each word of a query with an accent is also looked up
     without it, whether or not lunr runs the search pipeline on it.
   The word as written is kept on both sides, so Material still sees which
   words of the query a result contains. */
"use strict"

importScripts(new URLSearchParams(self.location.search).get("material"))

var lunr = self.lunr

function withoutAccents(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/œ/g, "oe").replace(/æ/g, "ae")
}

function alsoWithoutAccents(token) {
  var folded = withoutAccents(token.toString())
  return folded === token.toString() ? token : [token, token.clone(function () { return folded })]
}
lunr.Pipeline.registerFunction(alsoWithoutAccents, "siteAlsoWithoutAccents")

var add = lunr.Builder.prototype.add
lunr.Builder.prototype.add = function (doc, attributes) {
  // Material has set up the language's pipelines before it adds the first page.
  if (!this.siteFoldsAccents) {
    this.siteFoldsAccents = true
    this.pipeline.add(alsoWithoutAccents)
    this.searchPipeline.add(alsoWithoutAccents)
  }
  return add.call(this, doc, attributes)
}

var query = lunr.Index.prototype.query
lunr.Index.prototype.query = function (build) {
  return query.call(this, function (built) {
    build.call(built, built)
    built.clauses.slice().forEach(function (clause) {
      var folded = withoutAccents(clause.term)
      if (folded !== clause.term) built.clause(Object.assign({}, clause, { term: folded }))
    })
  })
}
