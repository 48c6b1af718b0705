import { z } from 'zod';
import { lookUpObjects } from '../../directory/object-lookup';
import { graphError, GRAPH_CONTENT_TYPE } from '../../http/graph-error';
import { GraphEndpoint } from '../graph-endpoint';
import { contextUrl } from '../paged-collection';

const bodySchema = z.object({ ids: z.array(z.string()).min(1).max(1000), types: z.array(z.string()).optional() });

function parse(body: string): z.output<typeof bodySchema> | undefined {
  try {
    const result = bodySchema.safeParse(JSON.parse(body));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** CA-12: resolves the ids a policy references; deleted or unknown ids are left out. */
export const getByIdsEndpoint: GraphEndpoint = {
  method: 'POST',
  path: '/directoryObjects/getByIds',
  versions: ['v1.0', 'beta'],
  baseCost: 1,
  handle(context) {
    const body = parse(context.request.body);
    if (!body) return graphError(context.request, 400, 'Request_BadRequest', "Invalid request body: 'ids' must be a list of 1 to 1000 ids.");
    const value = lookUpObjects(context.caller.tenant, body.ids, body.types);
    return { status: 200, body: { '@odata.context': contextUrl(context, 'directoryObjects'), value }, contentType: GRAPH_CONTENT_TYPE };
  },
};
