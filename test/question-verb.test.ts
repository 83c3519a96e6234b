// The verb an English question asks about, past a modal and its subject: "will", "could", "must" are
// followed by the subject, then the verb ("Where will the barrier be built?" asks "built", not "barrier").
import { describe, expect, it } from 'vitest';
import { focusOf } from '../src/query/focus.js';

const verbOf = (question: string, kind: 'who' | 'when' | 'where' = 'when') => [...focusOf(question, kind).verbs];

describe('the verb of an English question after a modal', () => {
  it('is the participle after "be", not the subject after the modal', () => {
    expect(verbOf('Where will the barrier be built?', 'where')).toEqual(['built']);
    expect(verbOf('When could the new bridge be opened?')).toEqual(['opened']);
    expect(verbOf('Where might the statue have been moved?', 'where')).toEqual(['moved']);
  });
  it('is the word after a lower-case subject without an article', () => {
    expect(verbOf('When will work start?')).toEqual(['start']);
    expect(verbOf('When must voters register?')).toEqual(['register']);
  });
  it('is the word after a subject with an article', () => {
    expect(verbOf('When will the strike end?')).toEqual(['end']);
    expect(verbOf('When should the council decide on the plan?')).toEqual(['decide']);
    expect(verbOf('When will the firm open offices abroad?')).toEqual(['open']);
    expect(verbOf('Where can visitors buy tickets?', 'where')).toEqual(['buy']);
    expect(verbOf('When will building activity resume?')).toEqual(['resume']);
  });
  it('passes over a phrase that completes the subject', () => {
    expect(verbOf('When will the talks in Lorem resume?')).toEqual(['resume']);
    expect(verbOf('When would her brother leave the club?')).toEqual(['leave']);
  });
  it('is the word after a name or a pronoun', () => {
    expect(verbOf('When will Lorem Ipsum join the club?')).toEqual(['join']);
    expect(verbOf('Where would they meet?', 'where')).toEqual(['meet']);
    expect(verbOf("When could Lorem's team win the cup?")).toEqual(['win']);
  });
  it('is the word right after the modal (and a negation) when "who" is the subject', () => {
    expect(verbOf('Who will build the barrier?', 'who')).toEqual(['build']);
    expect(verbOf('Who could not attend the hearing?', 'who')).toEqual(['attend']);
    expect(verbOf('Who will the council choose?', 'who')).toEqual(['choose']);
  });
  it('is read as before after "did" or "has", and is none without an auxiliary', () => {
    expect(verbOf('When did Lorem Ipsum keep the title?')).toEqual(['keep']);
    expect(verbOf('Who had the idea first?', 'who')).toEqual([]);
    expect(verbOf('Kapan jembatan itu dibangun?')).toEqual([]);
  });
});
