// @medplum/fhir-router's MemoryRepository with an index for the two searches a conditional
// create of ours asks (`identifier=SYSTEM|VALUE` and `_tag=SYSTEM|CODE`).
//
// Why: MemoryRepository.search evaluates the search parameter's FHIRPath on every resource of
// the type, and a transaction entry with ifNoneExist searches twice (once to resolve its
// urn:uuid, once in conditionalCreate). With 1,000 check-ins (some 10,000 resources) that made
// each record cost more than a second. The index only chooses the candidates; each candidate is
// still judged by @medplum/core's own matchesSearchRequest, and the candidates are never fewer
// than the plain scan's matches, so the answers are the repository's own, only sooner:
//   identifier: the repository matches system and value case-insensitively and exactly, so
//               the key is "system|value" lower-cased (of every Identifier the parameter's
//               FHIRPath yields, e.g. DocumentReference.masterIdentifier too);
//   _tag:       the repository matches system and code as substrings of the Coding's JSON,
//               so each resource keeps its tags' lower-cased JSON and a search tests those
//               strings (no FHIRPath) before matchesSearchRequest tests the few that pass.
// Any other search (other parameters, sorting, offsets, several values) is the plain scan.
'use strict';
const { evalFhirPath, globalSchema, matchesSearchRequest, Operator } = require('@medplum/core');
const { MemoryRepository } = require('@medplum/fhir-router');

function parameterValues(resource, code) {
  const expression = globalSchema.types[resource.resourceType]?.searchParams?.[code]?.expression;
  return expression ? evalFhirPath(expression, resource) : [];
}

const lower = (text) => (text ?? '').toLowerCase();

class IndexedMemoryRepository extends MemoryRepository {
  constructor() {
    super();
    this.identifiers = new Map(); // resourceType -> "system|value" -> Set of ids
    this.tags = new Map(); // resourceType -> id -> lower-cased JSON of each tag
  }

  async createResource(resource, options) {
    const result = await super.createResource(resource, options);
    this.remember(result);
    return result;
  }

  async deleteResource(resourceType, id) {
    await super.deleteResource(resourceType, id);
    this.tags.get(resourceType)?.delete(id);
    // Identifier keys of a deleted id stay: a candidate that no longer reads is skipped.
  }

  remember(resource) {
    const { resourceType, id } = resource;
    if (!this.identifiers.has(resourceType)) this.identifiers.set(resourceType, new Map());
    const byKey = this.identifiers.get(resourceType);
    for (const identifier of parameterValues(resource, 'identifier')) {
      if (!identifier?.system || !identifier?.value) continue;
      const key = `${lower(identifier.system)}|${lower(identifier.value)}`;
      if (!byKey.has(key)) byKey.set(key, new Set());
      byKey.get(key).add(id);
    }
    if (!this.tags.has(resourceType)) this.tags.set(resourceType, new Map());
    this.tags.get(resourceType).set(id, parameterValues(resource, '_tag').map((tag) => lower(JSON.stringify(tag))));
  }

  // The ids that may match, or undefined when the plain scan must decide.
  candidates(searchRequest) {
    const { resourceType, filters } = searchRequest;
    if (searchRequest.sortRules?.length || searchRequest.offset || filters?.length !== 1) return undefined;
    const [{ code, operator, value }] = filters;
    if (operator !== Operator.EQUALS || typeof value !== 'string' || value.includes(',') || !value.includes('|')) {
      return undefined;
    }
    if (code === 'identifier') {
      const [system, identifierValue] = value.split('|').map(lower);
      if (!system || !identifierValue) return undefined;
      return [...(this.identifiers.get(resourceType)?.get(`${system}|${identifierValue}`) ?? [])];
    }
    if (code === '_tag') {
      const [system, tagCode] = value.split('|').map(lower);
      const found = [];
      for (const [id, tags] of this.tags.get(resourceType) ?? []) {
        if (tags.some((tag) => tag.includes(system) && tag.includes(tagCode))) found.push(id);
      }
      return found;
    }
    return undefined;
  }

  async search(searchRequest) {
    const ids = this.candidates(searchRequest);
    if (!ids) return super.search(searchRequest);
    const matches = [];
    for (const id of ids) {
      let resource;
      try {
        resource = await this.readResource(searchRequest.resourceType, id);
      } catch {
        continue; // deleted since it was indexed
      }
      if (matchesSearchRequest(resource, searchRequest)) matches.push(resource);
    }
    const entry = matches.slice(0, searchRequest.count ?? matches.length).map((resource) => ({ resource }));
    return { resourceType: 'Bundle', type: 'searchset', ...(entry.length ? { entry } : undefined), total: matches.length };
  }
}

module.exports = { IndexedMemoryRepository };
