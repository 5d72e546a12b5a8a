import { DateScalar } from '../scalars';
import { dealResolvers } from './deal';
import { entityResolvers } from './entity';
import { mutationResolvers } from './mutation';
import { queryResolvers } from './query';
import { walkResolvers } from './walks';

export const resolvers = {
  Date: DateScalar,
  ...entityResolvers,
  ...dealResolvers,
  Query: { ...queryResolvers.Query, ...walkResolvers.Query },
  Path: walkResolvers.Path,
  Neighbourhood: walkResolvers.Neighbourhood,
  Hop: walkResolvers.Hop,
  ...mutationResolvers,
};
