import fc from 'fast-check';
import { GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { hostileList, hostileString, wrongValue } from './hostile-values';

const scalarValues: Record<string, fc.Arbitrary<unknown>> = {
  ID: hostileString,
  String: hostileString,
  Int: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.integer(), fc.constantFrom(2 ** 31, -(2 ** 53))),
  Float: fc.double(),
  Boolean: fc.boolean(),
  DateTimeISO: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), hostileString),
  JSONObject: fc.object({ maxDepth: 2 }),
};

/** A value for an input type: mostly its shape with hostile contents, sometimes the wrong shape altogether. */
export function inputValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: shapedValue(type, depth), weight: 5 }, { arbitrary: wrongValue, weight: 1 });
}

function shapedValue(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return shapedValue(type.ofType, depth);
  if (isListType(type)) return hostileList(inputValue(type.ofType, depth + 1));
  if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.value as unknown)), hostileString);
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const model = Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, inputValue(f.type, depth + 1)]));
    const known = fc.record(model, { requiredKeys: [] });
    return fc.tuple(known, fc.option(fc.tuple(hostileString, wrongValue), { nil: undefined })).map(([value, extra]) =>
      extra ? { ...value, [extra[0]]: extra[1] } : value,
    );
  }
  return scalarValues[type.name] ?? hostileString;
}
